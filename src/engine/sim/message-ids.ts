import { stableHex } from '../util/random';

/**
 * Returns the MessageId of message `serial` of load `loadIndex`: the same on
 * every receive and in every run with the same seed.
 */
export function messageIdOf(seed: number, loadIndex: number, serial: number): string {
  const hex = stableHex(`${seed}:${loadIndex}:${serial}`, 32).split('');
  hex[12] = '4';
  hex[16] = (8 + (parseInt(hex[16] ?? '0', 16) & 3)).toString(16);
  const text = hex.join('');

  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
