import { encodeShareFragment, type Scenario } from '../../engine/model';

/** Links longer than this may be cut off by chat tools and mail clients. */
export const SHARE_LINK_WARN_LENGTH = 2000;

/** Builds the share link for this page: the app URL plus `#scenario=…`. */
export function shareLinkFor(scenario: Scenario, location: Location): string {
  return `${location.origin}${location.pathname}#${encodeShareFragment(scenario)}`;
}

/** Copies text to the clipboard; false when the browser denies access. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);

    return true;
  } catch {
    return false;
  }
}
