/** What the map area shows for a map with no nodes: a valid map, just nothing to draw yet. */
export function EmptyMap({ title }: { title: string }) {
  return (
    <div className="empty-map">
      <p>
        <strong>“{title}” has no nodes yet.</strong>
      </p>
      <p>Open another map, or add questions, positions, arguments or facts to this one.</p>
    </div>
  );
}
