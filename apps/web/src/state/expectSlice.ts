import type { StateCreator } from 'zustand';

/** Which document the YAML pane shows: the workspace manifests or the expectations. */
export type YamlTab = 'workspace' | 'expectations';

/**
 * Which document the YAML pane shows. The expectations document itself (written intent,
 * "frontend reaches the cart on 7070") is part of the workspace: `workspaceSlice` holds it
 * beside the YAML, in the same undo history.
 */
export interface ExpectSlice {
  yamlTab: YamlTab;
  setYamlTab: (tab: YamlTab) => void;
}

export const EXAMPLE_EXPECTATIONS = `# Written expectations, checked live against the workspace's policies.
# from/to: ns/name (pod or workload), ns/* (every pod of ns),
#          ns/label=value,label2=value2, or an IP address
expectations: []
# - name: frontend reaches the cart
#   from: boutique/frontend
#   to: boutique/cartservice
#   port: 7070          # number or container port name
#   protocol: TCP       # default TCP
#   expect: allowed     # allowed | denied
`;

export const createExpectSlice: StateCreator<ExpectSlice> = (set) => ({
  yamlTab: 'workspace',
  setYamlTab: (yamlTab) => set({ yamlTab }),
});
