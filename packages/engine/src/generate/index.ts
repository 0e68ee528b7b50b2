// Public surface of the `generate` step: intents → the NetworkPolicies that allow them.
export type { AllowIntent, GenerateChoices, IntentDestination, IntentSource } from './intent';
export type { GenerateInput, GenerateResult, GenerateStatus } from './generate';
export { generateAllowPolicy } from './generate';
export type { PolicyEdit } from './plan';
export { GENERATED_FILE } from './plan';
export type { FlowChange, NewIsolation } from './impact';
export type { LabelKind, SelectorCandidate, SelectorProposal } from './selectors';
export { isSelectableLabelKey, labelKind, proposeSelectors, selectableLabels } from './selectors';
