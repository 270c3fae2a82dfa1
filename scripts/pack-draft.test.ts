import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { runDraft } from './pack-draft';

function storyFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'draft-'));
  mkdirSync(join(folder, 'articles'));
  writeFileSync(
    join(folder, 'articles', 'courier-en.txt'),
    'Mayor Anna Berg opened the Harbour Museum. Anna Berg spoke first.\nSource: https://courier.example.org/museum\n',
  );
  return folder;
}

describe('npm run pack -- draft', () => {
  test('writes a catalogue into the folder and says what it drafted', () => {
    const folder = storyFolder();
    const lines = runDraft({ folder });
    expect(lines[0]).toMatch(/^courier-en \(en\): \d+ suggestions$/);
    expect(readdirSync(join(folder, 'catalog', 'entities'))).toContain('anna-berg.yaml');
  });

  test('never overwrites a catalogue unless told to', () => {
    const folder = storyFolder();
    mkdirSync(join(folder, 'catalog', 'entities'), { recursive: true });
    writeFileSync(join(folder, 'catalog', 'entities', 'mine.yaml'), 'id: mine\n');
    expect(() => runDraft({ folder })).toThrow(/exists: add --force/);
    expect(readFileSync(join(folder, 'catalog', 'entities', 'mine.yaml'), 'utf8')).toBe(
      'id: mine\n',
    );
    runDraft({ folder, force: true });
    expect(existsSync(join(folder, 'catalog', 'entities', 'mine.yaml'))).toBe(false);
  });

  test("with --known, a name another pack knows keeps that pack's type", () => {
    const folder = storyFolder();
    const known = join(folder, 'other.factpack.json');
    writeFileSync(known, JSON.stringify(fixturePack()));
    writeFileSync(
      join(folder, 'articles', 'courier-en.txt'),
      'The Harbour Library opened. Harbour Library staff left.\nSource: https://courier.example.org/museum\n',
    );
    runDraft({ folder, known });
    const entity = readFileSync(
      join(folder, 'catalog', 'entities', 'harbour-library.yaml'),
      'utf8',
    );
    expect(entity).toMatch(/^type: organisation$/m);
  });

  test('with --out, writes a folder of its own that build can read', () => {
    const folder = storyFolder();
    const out = join(mkdtempSync(join(tmpdir(), 'draft-out-')), 'story');
    runDraft({ folder, out });
    expect(readdirSync(join(out, 'articles'))).toEqual(['courier-en.txt']);
    expect(existsSync(join(out, 'catalog', 'pack.yaml'))).toBe(true);
    expect(existsSync(join(folder, 'catalog'))).toBe(false);
  });
});
