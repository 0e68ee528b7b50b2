/**
 * The one pipeline every front end calls: text in, everything derived out. The app runs
 * it on every (debounced) keystroke, possibly in a Web Worker, so it is pure and returns
 * plain data.
 */
import { buildCluster } from '../cluster';
import { compilePolicies } from '../compile';
import { createPolicyModel } from '../evaluate';
import type { PolicyModel } from '../evaluate';
import { loadText } from '../load';
import type { LoadedDocument, LoadResult } from '../load';
import type { Cluster, CompiledPolicy, Diagnostic, LoadedObject } from '../model';
import { refKey, refsWithErrors, validateObjects } from '../validate';
import type { CompiledClusterPolicy } from '../clusterPolicy';
import {
  clusterPolicyNotEnforced,
  CNP_KIND,
  compileClusterPolicies,
  isClusterNetworkPolicy,
  readNodes,
  validateClusterPolicies,
} from '../clusterPolicy';
import {
  notCreatedDiagnostics,
  notEnforcedDiagnostics,
  objectsInError,
  policiesInError,
  supersededPolicies,
} from './enforced';
import { sortDiagnostics } from './sortDiagnostics';

export interface AnalysisSource {
  /** The name diagnostics and refs carry (a path, `<stdin>`, or the app's workspace name). */
  readonly file: string;
  readonly text: string;
}

export interface AnalyzeOptions {
  /** Namespace of objects without `metadata.namespace` (default `default`). */
  readonly defaultNamespace?: string;
  /**
   * A millisecond clock (e.g. `performance.now`). When given, `timings` is filled in; the
   * engine reads no clock of its own, so the result stays a pure function of the input.
   */
  readonly clock?: () => number;
  /**
   * The analysis of the same sources a moment ago (e.g. one keystroke back), with the same
   * `defaultNamespace`. Each file's documents whose text did not change are taken from its
   * load instead of being read again (see `loadText`'s `previous`); the result is the same.
   */
  readonly previous?: Pick<Analysis, 'loads'>;
}

/** One file's text and what `loadText` made of it: what `previous` reuses. */
export interface FileLoad {
  readonly file: string;
  readonly text: string;
  /** The `defaultNamespace` it was loaded with: a load is reused only with the same one. */
  readonly defaultNamespace: string;
  readonly result: LoadResult;
}

/** The documents one file held, as the loader saw them. */
export interface FileDocuments {
  readonly file: string;
  readonly documents: readonly LoadedDocument[];
}

/** Milliseconds per step, when a clock was given. */
export interface AnalysisTimings {
  readonly load: number;
  readonly validate: number;
  readonly cluster: number;
  readonly compile: number;
}

export interface Analysis {
  /** Every object loaded, in file and document order. */
  readonly objects: readonly LoadedObject[];
  readonly documents: readonly FileDocuments[];
  /** Every diagnostic of every step, sorted by file, line and column. */
  readonly diagnostics: readonly Diagnostic[];
  readonly cluster: Cluster;
  /** The policies in force: those the apiserver would have accepted. */
  readonly policies: readonly CompiledPolicy[];
  /** The ClusterNetworkPolicies in force (absent when there are none). */
  readonly clusterPolicies?: readonly CompiledClusterPolicy[];
  readonly model: PolicyModel;
  readonly timings?: AnalysisTimings;
  /**
   * Each file's text and load result, for the next call's `previous`. Always filled in by
   * `analyze`; a front end may drop it before sending the analysis elsewhere.
   */
  readonly loads?: readonly FileLoad[];
}

/**
 * Loads every source, validates, builds the cluster, compiles the policies that have no
 * validation error (an invalid policy is not in force: the apiserver would have refused
 * it; each gets a `POLICY_NOT_ENFORCED` diagnostic), and creates the evaluation model.
 * Never throws on bad input.
 */
export function analyze(
  sources: readonly AnalysisSource[],
  options: AnalyzeOptions = {},
): Analysis {
  const clock = options.clock;
  const marks: number[] = [];
  const mark = () => {
    if (clock) marks.push(clock());
  };
  mark();
  const objects: LoadedObject[] = [];
  const documents: FileDocuments[] = [];
  const diagnostics: Diagnostic[] = [];
  const loads: FileLoad[] = [];
  const defaultNamespace = options.defaultNamespace ?? 'default';
  for (const source of sources) {
    const before = options.previous?.loads?.find(
      (l) => l.file === source.file && l.defaultNamespace === defaultNamespace,
    );
    const loaded = loadText(source.text, {
      file: source.file,
      defaultNamespace,
      ...(before ? { previous: { text: before.text, result: before.result } } : {}),
    });
    loads.push({ file: source.file, text: source.text, defaultNamespace, result: loaded });
    objects.push(...loaded.objects);
    documents.push({ file: source.file, documents: loaded.documents });
    diagnostics.push(...loaded.diagnostics);
  }
  mark();
  const isClusterPolicyKind = (o: LoadedObject) => o.kind === CNP_KIND;
  const validation = [
    ...validateObjects(objects.filter((o) => !isClusterPolicyKind(o))),
    ...validateClusterPolicies(objects),
  ];
  diagnostics.push(...validation);
  mark();
  // What kubectl apply would refuse never reaches the cluster: an object with an error
  // (a Pod with an unknown metadata field, a Deployment whose selector misses its labels)
  // is not drawn or evaluated, exactly as an invalid policy is not in force.
  const refused = objectsInError(objects, validation);
  const built = buildCluster(refused.size === 0 ? objects : objects.filter((o) => !refused.has(o)));
  diagnostics.push(...notCreatedDiagnostics(refused));
  diagnostics.push(...built.diagnostics);
  mark();
  const rejected = policiesInError(objects, validation);
  const replaced = supersededPolicies(objects, rejected);
  const policies = compilePolicies(objects, {
    skip: (object) => rejected.has(object) || replaced.superseded.has(object),
  });
  diagnostics.push(...notEnforcedDiagnostics(rejected), ...replaced.diagnostics);
  const inError = refsWithErrors(validation);
  const clusterPolicies = compileClusterPolicies(objects, (o) => inError.has(refKey(o.ref)));
  diagnostics.push(
    ...objects
      .filter((o) => isClusterNetworkPolicy(o) && inError.has(refKey(o.ref)))
      .map(clusterPolicyNotEnforced),
  );
  const nodes = readNodes(objects);
  const cluster = nodes.length > 0 ? { ...built.cluster, nodes } : built.cluster;
  const model = createPolicyModel(cluster, policies, clusterPolicies);
  mark();
  const result: Analysis = {
    objects,
    documents,
    diagnostics: sortDiagnostics(
      diagnostics,
      sources.map((s) => s.file),
    ),
    cluster,
    policies,
    ...(clusterPolicies.length > 0 ? { clusterPolicies } : {}),
    model,
    loads,
  };
  if (marks.length < 5) return result;
  const step = (i: number) => (marks[i + 1] ?? 0) - (marks[i] ?? 0);
  return {
    ...result,
    timings: { load: step(0), validate: step(1), cluster: step(2), compile: step(3) },
  };
}
