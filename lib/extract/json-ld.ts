/** What a page's JSON-LD says of its article, each field '' when it says nothing. */
export interface LinkedData {
  title: string;
  site: string;
  author: string;
  date: string;
  url: string;
}

const ARTICLE = /(?:^|[^a-z])(?:News)?Article$|^(?:Report|BlogPosting|ReportageNewsArticle)$/i;

/**
 * Reads the `application/ld+json` blocks of a document and returns the first article object's
 * headline, publisher, author, publication date and URL. A block that does not parse is skipped:
 * pages ship broken JSON-LD often enough that one bad block must not hide the others.
 */
export function readLinkedData(doc: Document): LinkedData {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let value: unknown;
    try {
      value = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const article = objects(value).find((o) => types(o).some((t) => ARTICLE.test(t)));
    if (article) {
      return {
        title: text(article.headline) || text(article.name),
        site: nameOf(article.publisher),
        author: nameOf(article.author),
        date: text(article.datePublished),
        url: text(article.url) || text(idOf(article.mainEntityOfPage)),
      };
    }
  }
  return { title: '', site: '', author: '', date: '', url: '' };
}

type Json = Record<string, unknown>;

/** Every object of a JSON-LD value: top-level arrays and `@graph` lists are flattened. */
function objects(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(objects);
  if (typeof value !== 'object' || value === null) return [];
  const object = value as Json;
  return [object, ...objects(object['@graph'])];
}

function types(object: Json): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** A name from a string, an object with a name, or a list of these (authors joined by commas). */
function nameOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ');
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'object' && value !== null) return text((value as Json).name);
  return '';
}

function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as Json)['@id'] : value;
}
