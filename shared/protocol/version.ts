/**
 * Bumped whenever a message, command or event changes shape. A client with another version is
 * refused at the handshake with PROTOCOL_MISMATCH, so it reloads instead of misreading state.
 */
export const PROTOCOL_VERSION = 8;
