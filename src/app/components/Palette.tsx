// NOTE: placeholder until this part of the app lands.
export function Palette() {
  return <div className="placeholder">Palette</div>;
}
