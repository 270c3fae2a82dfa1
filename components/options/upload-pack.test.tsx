import { describe, expect, test, vi } from 'vitest';
import { PART_LENGTH, uploadPack } from './upload-pack';

const sent: { type: string; text?: string; upload?: string }[] = [];
vi.mock('@/utils/ask', () => ({
  ask: async (request: { type: string; text?: string }) => {
    sent.push(request);
    return request.type === 'pack-part' ? true : { id: 'p' };
  },
}));

describe('uploadPack', () => {
  test('a small file goes in one message', async () => {
    sent.length = 0;
    await uploadPack('{"a":1}');
    expect(sent).toEqual([{ type: 'import-pack', text: '{"a":1}' }]);
  });

  test('a large file goes in parts that join to it, never splitting a character', async () => {
    sent.length = 0;
    const text = `${'a'.repeat(PART_LENGTH - 1)}😀${'b'.repeat(PART_LENGTH)}`;
    await uploadPack(text);
    const parts = sent.filter((m) => m.type === 'pack-part');
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts[0].text).toHaveLength(PART_LENGTH - 1);
    expect(new Set(sent.map((m) => m.upload)).size).toBe(1);
    expect(sent.at(-1)?.type).toBe('import-upload');
  });
});
