// NOTE: placeholder until this part of the app lands.
export function BottomPanel() {
  return <div className="placeholder">BottomPanel</div>;
}
