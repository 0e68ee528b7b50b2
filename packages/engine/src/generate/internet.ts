/**
 * The "Internet" preset: every address except the private, shared (CGNAT) and link-local
 * ranges a cluster's own networks live in (RFC 1918, RFC 6598, RFC 3927; for IPv6 unique
 * local RFC 4193 and link-local). Written as ipBlocks, so the pods of the cluster (whose
 * IPs lie in those ranges) are not what a rule to "the Internet" allows.
 */
import type { Cluster, IPBlock } from '../model';

export const INTERNET_IPV4: IPBlock = {
  cidr: '0.0.0.0/0',
  except: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'],
};

export const INTERNET_IPV6: IPBlock = { cidr: '::/0', except: ['fc00::/7', 'fe80::/10'] };

/** True when some pod of the workspace has an IPv6 address: then the preset covers IPv6 too. */
export function hasIpv6Pods(cluster: Cluster): boolean {
  return cluster.pods.some((pod) => pod.ips.some((ip) => ip.includes(':')));
}

/** The ipBlocks "the Internet" stands for in this workspace. */
export function internetBlocks(cluster: Cluster): IPBlock[] {
  return hasIpv6Pods(cluster) ? [INTERNET_IPV4, INTERNET_IPV6] : [INTERNET_IPV4];
}
