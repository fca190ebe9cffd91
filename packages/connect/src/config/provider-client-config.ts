import { z } from 'zod';

/**
 * One provider's OAuth client, as the host application registered it, and where to reach the provider. `apiUrl` and
 * `oauthUrl` override the provider's own base URLs (tests, a host's proxy); `scopes` override the default scopes;
 * `webhookVerifyToken` is the token of a subscription handshake (Strava `hub.verify_token`, Oura
 * `verification_token`); `webhookSubscriptionId` makes the Strava handler refuse events of another subscription.
 *
 * @example
 * ```ts
 * const strava = ProviderClientConfigSchema.parse({ clientId: '12345', clientSecret: process.env.STRAVA_SECRET, redirectUri: 'https://app.example.com/oauth/strava/callback' });
 * ```
 */
export const ProviderClientConfigSchema = z
  .object({
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    redirectUri: z.url(),
    apiUrl: z.url().optional(),
    oauthUrl: z.url().optional(),
    scopes: z.array(z.string().min(1)).min(1).optional(),
    webhookVerifyToken: z.string().min(1).optional(),
    webhookSubscriptionId: z.string().min(1).optional(),
  })
  .strict();

/**
 * A provider's OAuth client configuration, see {@link ProviderClientConfigSchema}.
 *
 * @example
 * ```ts
 * const config: ProviderClientConfig = { clientId: 'id', clientSecret: 'secret', redirectUri: 'http://localhost:3000/oauth/whoop/callback' };
 * ```
 */
export type ProviderClientConfig = z.infer<typeof ProviderClientConfigSchema>;
