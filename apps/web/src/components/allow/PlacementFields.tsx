import type { PlacementOption } from '@netpol/engine';
import { plural } from '../common/plural';
import { placementValue } from './useAllowGeneration';
import styles from './AllowDialog.module.css';

/** Where the rule goes (a new policy, or a new rule of a policy that selects the pod) and its name. */
export function PlacementFields(props: {
  options: readonly PlacementOption[];
  placement: string;
  name: string | null;
  defaultName: string;
  onPlacement: (value: string) => void;
  onName: (name: string) => void;
}) {
  const extending = props.placement !== 'new';
  return (
    <div className={styles.placementRow}>
      <label>
        Write to{' '}
        <select
          data-testid="allow-dialog-placement"
          value={
            extending && props.options.some((o) => placementValue(o) === props.placement)
              ? props.placement
              : 'new'
          }
          onChange={(e) => props.onPlacement(e.target.value)}
        >
          <option value="new">a new policy</option>
          {props.options.map((o) => (
            <option key={placementValue(o)} value={placementValue(o)}>
              a new rule in {o.namespace}/{o.name} (selects {plural(o.selects, 'pod')})
            </option>
          ))}
        </select>
      </label>
      {!extending && (
        <label>
          Name{' '}
          <input
            data-testid="allow-dialog-name"
            value={props.name ?? props.defaultName}
            placeholder={props.defaultName}
            spellCheck={false}
            onChange={(e) => props.onName(e.target.value)}
          />
        </label>
      )}
    </div>
  );
}
