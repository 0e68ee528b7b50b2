// Public surface of the `compile` step: NetworkPolicy objects → matchers (see model/compiled.ts).
export type { CompileOptions } from './compilePolicies';
export { compilePolicies, isNetworkPolicy, skipObjectsWithErrors } from './compilePolicies';
export { compilePolicy } from './compilePolicy';
export { compileSelector } from './selector';
export type { ParsedIp } from './cidr';
export { cidrContains, ipBlockContains, parseCidr, parseIp } from './cidr';
