const BASE64_ALPHABET =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Returns an id in the form of `extendedRequestId` (and an HTTP API's
 * `requestId`): 15 base64 characters and `=`, for example `ZhDrKF5dDoEEHfA=`.
 */
export function shortRequestId(random: () => number): string {
  let id = '';
  for (let index = 0; index < 15; index += 1) {
    id += BASE64_ALPHABET[Math.floor(random() * 62)];
  }

  return `${id}=`;
}
