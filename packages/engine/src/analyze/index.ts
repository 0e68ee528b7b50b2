// Public surface of the `analyze` pipeline: sources → objects, diagnostics, cluster, policies, model.
export type {
  Analysis,
  AnalysisSource,
  AnalysisTimings,
  AnalyzeOptions,
  FileDocuments,
  FileLoad,
} from './analyze';
export { analyze } from './analyze';
