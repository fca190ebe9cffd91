/**
 * placeholder removed by helpers
 */
export {};
