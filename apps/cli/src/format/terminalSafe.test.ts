import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../testKit';
import { terminalSafe } from './terminalSafe';

const HOSTILE = 'a\x1b]0;OWNED\x07\x1b[2J';

/** Every byte a terminal could act on, besides newline and tab. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]/;

const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: "a\\e]0;OWNED\\a\\e[2J"
  namespace: x
  labels:
    app: "v\\e[31m\\u009b2J"
spec:
  containers:
  - name: c
    image: i
    ports:
    - containerPort: 80
      name: "h\\e[2J"
---
apiVersion: v1
kind: Pod
metadata:
  name: b
  namespace: x
  labels:
    app: b
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: "p\\e]0;OWNED\\a"
  namespace: x
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: "b\\e[2J"
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: ok
  namespace: x
spec:
  podSelector:
    matchLabels:
      app: b
  ingress:
  - from:
    - podSelector: {}
`;

describe('terminalSafe', () => {
  it('shows escape, bell, C1 and bidi characters as visible escapes', () => {
    expect(terminalSafe(HOSTILE)).toBe('a\\x1b]0;OWNED\\x07\\x1b[2J');
    expect(terminalSafe('x\u009by\u202ez\r')).toBe('x\\x9by\\u202ez\\x0d');
  });

  it('keeps newlines, tabs and ordinary text (box drawing, arrows, accents)', () => {
    const text = '│ x/a → x/b ✓\tcafé\n';
    expect(terminalSafe(text)).toBe(text);
  });
});

describe('hostile names reach no terminal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'netpol-hostile-'));
  const file = join(dir, 'hostile.yaml');
  writeFileSync(file, MANIFEST);
  const pod = 'x/a\x1b]0;OWNED\x07\x1b[2J';

  const commands: readonly (readonly string[])[] = [
    ['validate', file],
    ['validate', file, '--json'],
    ['matrix', file],
    ['matrix', file, '--port', '80'],
    ['matrix', file, '--json'],
    ['probe', file, '--from', 'x/b', '--to', pod, '--port', '80'],
    ['probe', file, '--from', pod, '--to', 'x/b', '--port', '80'],
    ['probe', file, '--from', 'x/b', '--to', pod, '--port', 'h\x1b[2J'],
    ['probe', file, '--from', 'x/b', '--to', 'x/b', '--port', '80', '--json'],
    ['explain', file],
    ['explain', file, '--json'],
    ['generate', file, '--from', 'x/b', '--to', pod, '--port', '80'],
    ['generate', file, '--from', pod, '--to', 'x/b', '--port', '80'],
    ['frobnicate\x1b[2J'],
    ['matrix', '--bogus\x1b[2J', file],
    ['validate', join(dir, 'missing\x1b[2J.yaml')],
  ];

  it.each(commands.map((argv) => [argv.join(' '), argv] as const))('%s', async (_, argv) => {
    const { stdout, stderr } = await run(argv);
    expect(stdout + stderr).not.toMatch(CONTROL);
  });

  it('keeps the matrix readable: the refused pod named escaped, the borders aligned', async () => {
    // A pod with such a name is invalid (kubectl would refuse it), so it is not in the
    // matrix; the warning that says so names it, escaped.
    const { stdout, stderr } = await run(['matrix', file]);
    expect(stderr).toContain('x/a\\x1b]0;OWNED\\x07\\x1b[2J');
    const widths = new Set(
      stdout
        .split('\n')
        .filter((l) => l.startsWith('│'))
        .map((l) => l.length),
    );
    expect(widths.size).toBe(1);
  });
});
