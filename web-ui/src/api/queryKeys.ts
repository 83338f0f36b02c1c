// Every cache key in one place: features invalidate each other's data (a share changes a code's lock count),
// so the keys cannot be private to the feature that reads them.
export const keys = {
  me: ['me'] as const,
  settings: ['settings'] as const,
  locks: ['locks'] as const,
  lock: (id: string) => ['lock', id] as const,
  codes: ['unique-codes'] as const,
  permissions: ['permissions'] as const,
  audit: ['audit-events'] as const,
  apiKeys: ['api-keys'] as const,
  codeSessionLocks: ['code-session', 'locks'] as const,
  webhooks: ['webhook-endpoints'] as const,
  webhookDeliveries: (endpointId: string) => ['webhook-endpoints', endpointId, 'deliveries'] as const,
};
