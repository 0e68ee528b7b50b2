/**
 * The `default:` of a switch over a closed union. It only type-checks when every case is
 * handled, so adding a member to the union is a compile error at each switch that forgot it;
 * the throw is for data that lied about its type at run time.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
