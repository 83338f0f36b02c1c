import { describe, expect, it } from 'vitest';

// The layout rules of web-ui/README.md ("Where code goes"), checked on the sources themselves.
const sources = import.meta.glob<string>(['./**/*.{ts,tsx}', '!./**/*.test.{ts,tsx}', '!./api/schema.d.ts', '!./test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const files = Object.entries(sources).map(([path, text]) => ({ path: path.slice(2), text }));

const imports = (text: string) => [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
const featureOf = (path: string) => /^features\/([^/]+)\//.exec(path)?.[1];

/** Resolves a relative import against the importing file, e.g. features/locks/X.tsx + ../codes/queries. */
function resolve(from: string, target: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

describe('web-ui layout', () => {
  it('finds the sources it checks', () => {
    expect(files.map((f) => f.path)).toContain('features/locks/LocksPage.tsx');
    expect(files.map((f) => f.path)).not.toContain('api/schema.d.ts');
  });

  it('keeps server state in hooks: no component calls useQuery or useMutation itself', () => {
    const inline = files.filter((f) => f.path.endsWith('.tsx') && /\buse(Query|InfiniteQuery|Mutation)\(/.test(f.text));
    expect(inline.map((f) => f.path)).toEqual([]);
  });

  it('keeps every component file under 200 lines', () => {
    const long = files.filter((f) => f.path.endsWith('.tsx') && f.text.split('\n').length > 200);
    expect(long.map((f) => `${f.path}: ${f.text.split('\n').length}`)).toEqual([]);
  });

  it('lets a feature use another only through its query and mutation hooks', () => {
    const crossings = files.flatMap((f) =>
      imports(f.text)
        .filter((target) => target.startsWith('.'))
        .map((target) => ({ from: f.path, to: resolve(f.path, target) }))
        .filter(({ from, to }) => featureOf(from) && featureOf(to) && featureOf(from) !== featureOf(to))
        .filter(({ to }) => !/^features\/[^/]+\/(queries|mutations)$/.test(to))
        .map(({ from, to }) => `${from} -> ${to}`),
    );
    expect(crossings).toEqual([]);
  });

  it('keeps the shared folders free of features', () => {
    const shared = files.filter((f) => /^(api|components|lib|auth|lock)\//.test(f.path));
    const upward = shared.flatMap((f) =>
      imports(f.text)
        .filter((target) => target.startsWith('.') && resolve(f.path, target).startsWith('features/'))
        .map((target) => `${f.path} -> ${target}`),
    );
    expect(shared.length).toBeGreaterThan(10);
    expect(upward).toEqual([]);
  });
});
