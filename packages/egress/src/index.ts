export { classifyAddress, isPublicAddress } from './classify-address.js';
export type { AddressClass } from './classify-address.js';
export { createEgressClient } from './egress-client.js';
export type { EgressClient, EgressRequestInit, EgressResponse } from './egress-client.js';
export { EGRESS_ERROR_CODES, EgressError, isEgressError } from './egress-error.js';
export type { EgressErrorCode, EgressErrorDetails } from './egress-error.js';
export type { EgressOptions, ResolvedAddress, ResolvedEgressOptions, Resolver } from './options.js';
export type { RedirectHop } from './redirects.js';
export { createEgressClientFromConfig } from './from-config.js';
