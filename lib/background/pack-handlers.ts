import type { Request, ResponseOf } from '../messages';
import { checkPackText } from '../pack/check';
import { formatPackProblem } from '../pack/json-text';
import { type FactcardDB, listPacks } from '../store/db';
import { exportPack, importPack, removePack, setPackEnabled } from '../store/packs';
import { editStory, exportStory } from '../store/stories';

type PackRequest =
  | 'packs'
  | 'import-pack'
  | 'pack-part'
  | 'import-upload'
  | 'set-pack'
  | 'remove-pack'
  | 'export-pack';

/** Only the first few problems travel back: the options page checks in full before sending. */
const PROBLEMS_SENT = 5;

/**
 * The options page's pack requests. `changed` runs after anything that changes the set of enabled
 * packs, so the matcher is rebuilt and open tabs are told.
 */
export function packHandlers(
  ready: () => Promise<FactcardDB>,
  changed: () => Promise<void>,
  extensionVersion: string,
): { [T in PackRequest]: (request: Request<T>) => Promise<ResponseOf<T>> } {
  // Parts of uploads in progress. They live only as long as this worker: a worker stopped
  // mid-upload loses them, and the import is refused rather than made from half a file.
  const uploads = new Map<string, string[]>();
  const importText = async (text: string) => {
    // The page's check is not trusted: the pack is checked again where it is written.
    const checked = checkPackText(text);
    if (!checked.ok) {
      const shown = checked.problems.slice(0, PROBLEMS_SENT).map(formatPackProblem);
      throw new Error(`The pack was not imported:\n${shown.join('\n')}`);
    }
    if (compareVersions(checked.pack.minExtensionVersion, extensionVersion) > 0) {
      throw new Error(
        `This pack needs version ${checked.pack.minExtensionVersion} of the extension or later (this is ${extensionVersion})`,
      );
    }
    const record = await importPack(await ready(), checked.pack, new Blob([text]).size);
    await changed();
    return record;
  };
  return {
    packs: async () => listPacks(await ready()),
    'import-pack': async ({ text }) => importText(text),
    'pack-part': async ({ upload, text }) => {
      const parts = uploads.get(upload) ?? [];
      parts.push(text);
      uploads.set(upload, parts);
      return true;
    },
    'import-upload': async ({ upload }) => {
      const parts = uploads.get(upload);
      uploads.delete(upload);
      if (!parts)
        throw new Error('The file did not reach the extension whole; please import it again');
      return importText(parts.join(''));
    },
    'set-pack': async ({ id, enabled }) => {
      const record = await setPackEnabled(await ready(), id, enabled === 'on');
      await changed();
      return record;
    },
    'remove-pack': async ({ id }) => {
      const db = await ready();
      // A story is deleted as the stories page deletes it, so undo can bring it back.
      if ((await db.get('packs', id))?.story)
        await editStory(db, { op: 'delete-story', story: id });
      else await removePack(db, id);
      await changed();
      return true;
    },
    'export-pack': async ({ id }) => {
      const db = await ready();
      const story = (await db.get('packs', id))?.story;
      // A story is exported from its own document, checked as `pack check` checks a file.
      return JSON.stringify(await (story ? exportStory(db, id) : exportPack(db, id)), null, 1);
    },
  };
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}
