import type { SimulateBilling } from '../../worker/simulate-types';

/**
 * Lambda on-demand prices for x86 in US East (N. Virginia), first duration
 * tier, without the free tier: $0.20 per 1M requests and $0.0000166667 per
 * GB-second, as listed on https://aws.amazon.com/lambda/pricing/ and
 * https://docs.aws.amazon.com/whitepapers/latest/how-aws-pricing-works/lambda.html
 * (looked up 2026-12-04).
 */
export const LAMBDA_X86_US_EAST_1 = {
  perRequestUsd: 0.2 / 1_000_000,
  perGbSecondUsd: 0.0000166667,
  checkedOn: '2026-12-04',
} as const;

/**
 * Estimates Lambda's charge for a run's requests and duration. Billed
 * duration includes the init phase of cold starts, billed since
 * 1 August 2025: https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/
 */
export function lambdaCostUsd(billing: SimulateBilling): number {
  return (
    billing.requests * LAMBDA_X86_US_EAST_1.perRequestUsd +
    billing.gbSeconds * LAMBDA_X86_US_EAST_1.perGbSecondUsd
  );
}
