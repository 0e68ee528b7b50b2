// Public surface of the `cluster` step: loaded objects → namespaces and pod endpoints.
export { buildCluster, NAMESPACE_NAME_LABEL } from './buildCluster';
