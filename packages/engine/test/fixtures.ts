// Reads the fixture corpora copied from ../shared (conformance, validation, seed), so the
// repository is self-contained. Node-only: tests use it, the engine never does.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function readFixture(...parts: string[]): string {
  return readFileSync(join(FIXTURES, ...parts), 'utf8');
}

export function listFixtures(...parts: string[]): string[] {
  const dir = join(FIXTURES, ...parts);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
