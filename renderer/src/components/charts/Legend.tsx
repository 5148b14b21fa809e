export interface LegendItem {
  label: string;
  className: string;
}

/** Colour key for a chart; the swatches are decorative, the words carry the meaning. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend">
      {items.map((item) => (
        <li key={item.label}>
          <span className={`swatch ${item.className}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
