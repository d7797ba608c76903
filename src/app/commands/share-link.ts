import type { Scenario } from '../../engine/model';

/** Links longer than this may be cut off by chat tools and mail clients. */
export const SHARE_LINK_WARN_LENGTH = 2000;

/**
 * Above this length a scenario is offered as a file instead of a link. HTTP
 * recommends that software support URIs of at least 8,000 octets, so longer
 * links are not reliably kept by browsers, servers and the tools between them.
 * https://www.rfc-editor.org/rfc/rfc9110#section-4.1
 */
export const SHARE_LINK_MAX_LENGTH = 8000;

/**
 * Builds the share link for this page: the app URL plus `#scenario=…`. The
 * encoder and its compressor load on first use.
 */
export async function shareLinkFor(scenario: Scenario, location: Location): Promise<string> {
  const { encodeShareFragment } = await import('../../engine/model/share');

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
