// NOTE: placeholder until this part of the app lands.
export function Canvas() {
  return <div className="placeholder">Canvas</div>;
}
