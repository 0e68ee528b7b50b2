import type { CompiledPort, PodEndpoint, PortRange } from '../model';
import { resolveNamedPort } from './match';
import { MAX_PORT, MIN_PORT } from './portSet';
import { assertNever } from '../util';

/** The ranges one port entry allows toward `destination` (named ports resolved on it). */
export function portRanges(port: CompiledPort, destination: PodEndpoint | undefined): PortRange[] {
  switch (port.kind) {
    case 'none':
      return [];
    case 'protocol':
      return [{ protocol: port.protocol, from: MIN_PORT, to: MAX_PORT }];
    case 'number':
      return [{ protocol: port.protocol, from: port.port, to: port.port }];
    case 'range':
      return [{ protocol: port.protocol, from: port.from, to: port.to }];
    case 'named': {
      const number = destination
        ? resolveNamedPort(destination.ports, port.name, port.protocol)
        : undefined;
      return number === undefined ? [] : [{ protocol: port.protocol, from: number, to: number }];
    }
    default: {
      return assertNever(port, 'port matcher');
    }
  }
}
