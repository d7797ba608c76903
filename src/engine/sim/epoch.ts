/** Epoch ms of simulated time 0 when the caller gives none: 2024-01-01T00:00:00Z. */
export const DEFAULT_EPOCH_MS = 1_704_067_200_000;
