import { z } from 'zod';

/**
 * Returns the optional `region` and `accountId` settings of a resource that
 * may live outside the scenario's Region or account. `owner` names the
 * resource in the explanations, for example "The function's".
 */
export function placementFields(owner: string) {
  return {
    region: z
      .string()
      .optional()
      .meta({
        title: 'Region',
        description: `${owner} Region; the scenario's Region when empty.`,
      }),
    accountId: z
      .string()
      .regex(/^\d{12}$/, { message: 'use a 12-digit AWS account id' })
      .optional()
      .meta({
        title: 'Account id',
        description: `${owner} account; the scenario's account when empty.`,
      }),
  };
}
