/** Arrowheads for the verdict edges, one per verdict colour, referenced by id. */
export function EdgeMarkers() {
  const colours = {
    allowed: 'var(--allowed)',
    denied: 'var(--denied)',
    mixed: '#c58a12',
    unknown: 'var(--warning)',
    ambiguous: 'var(--warning)',
  };
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true">
      <defs>
        {Object.entries(colours).map(([verdict, colour]) => (
          <marker
            key={verdict}
            id={`netpol-arrow-${verdict}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="9"
            markerHeight="9"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" fill={colour} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
