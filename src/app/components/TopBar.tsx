// NOTE: placeholder until this part of the app lands.
export function TopBar() {
  return <div className="placeholder">TopBar</div>;
}
