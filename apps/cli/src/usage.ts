export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** `probe`: the verdict is unknown or ambiguous (ClusterNetworkPolicy domainNames or a priority tie). */
export const EXIT_UNKNOWN = 3;

export const USAGE = `netpol — evaluate Kubernetes NetworkPolicies offline

Usage: netpol <command> [options] FILE...    (FILE may be - for standard input)

Commands:
  validate FILE...     check NetworkPolicies as the kube-apiserver would
  matrix FILE...       all-pairs reachability between pods
  probe FILE...        one flow's verdict, with the reason
  explain FILE...      a table of what every policy allows
  generate FILE...     write the policy that allows a flow
  lint FILE...         likely mistakes in the policies (NPL001-NPL011)
  diff --before FILE... --after FILE...   pod pairs that gained or lost ports
  test EXPECTATIONS FILE...   check written expectations (allowed / denied flows)

Run "netpol <command> --help" for a command's options.
`;
