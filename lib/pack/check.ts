import * as v from 'valibot';
import { isStateCode } from '../lang/demonyms';
import { jsonPath, type PackPath, type PackProblem, parseJson } from './json-text';
import { checkReferences } from './references';
import { entitySchemas, type Pack, type PackEntity, packHeaderSchema } from './schema';

export type PackCheck = { ok: true; pack: Pack } | { ok: false; problems: PackProblem[] };

/** Enough to act on; a pack with more has one mistake repeated, and listing it all helps no one. */
export const MAX_PROBLEMS = 50;
const SLICE = 500;

/**
 * Checks a pack in steps, yielding the share of the work done so far (0-1) every few hundred
 * entities, so a page can show progress and stay responsive. Returns the typed pack or the
 * problems found, each with its JSON path.
 */
export function* checkSteps(value: unknown): Generator<number, PackCheck> {
  const problems: PackProblem[] = [];
  const report = (path: PackPath, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: jsonPath(path), message });
  };
  const addIssues = (issues: v.BaseIssue<unknown>[], prefix: PackPath) => {
    for (const issue of issues) {
      const keys = (issue.path ?? []).map((item) => item.key as string | number);
      report([...prefix, ...keys], issueMessage(issue));
    }
  };
  const header = v.safeParse(packHeaderSchema, value, { abortPipeEarly: true });
  if (!header.success) {
    addIssues(header.issues, []);
    return { ok: false, problems };
  }
  const raw = header.output.entities;
  const entitySchema = entitySchemas[header.output.format];
  if (raw.length === 0) report(['entities'], 'needs an entity');
  const entities: PackEntity[] = [];
  for (let i = 0; i < raw.length; i++) {
    const entity = v.safeParse(entitySchema, raw[i], { abortPipeEarly: true });
    if (!entity.success) addIssues(entity.issues, ['entities', i]);
    // A country's demonyms point back at a person: on anything else it would say nothing.
    else if (entity.output.country && entity.output.type !== 'person') {
      report(['entities', i, 'country'], 'only a person has a country');
    } else if (entity.output.country && !isStateCode(entity.output.country)) {
      report(['entities', i, 'country'], `${entity.output.country} is no sovereign state's code`);
    } else entities.push(entity.output);
    if (problems.length >= MAX_PROBLEMS) return { ok: false, problems };
    if (i % SLICE === SLICE - 1) yield (i + 1) / raw.length / 2;
  }
  if (problems.length) return { ok: false, problems };
  const pack: Pack = { ...header.output, entities };
  for (const share of checkReferences(pack, report)) yield 0.5 + share / 2;
  return problems.length ? { ok: false, problems } : { ok: true, pack };
}

export function checkPack(value: unknown): PackCheck {
  const steps = checkSteps(value);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export function checkPackText(text: string): PackCheck {
  const parsed = parseJson(text);
  return parsed.ok ? checkPack(parsed.value) : { ok: false, problems: [parsed.problem] };
}

/** The same check, giving the page a turn (and a progress report) between slices. */
export async function checkPackTextInSlices(
  text: string,
  onProgress: (share: number) => void,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
): Promise<PackCheck> {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  await pause();
  const steps = checkSteps(parsed.value);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await pause();
  }
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined) {
    const key = issue.path?.at(-1)?.key;
    return `unknown field "${String(key)}"`;
  }
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is required';
  return issue.message;
}

/** The largest pack file the options page reads; a larger one is refused before it is read. */
export const MAX_PACK_BYTES = 50 * 1024 * 1024;
