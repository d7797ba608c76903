// NOTE: placeholder until this part of the app lands.
export function Inspector() {
  return <div className="placeholder">Inspector</div>;
}
