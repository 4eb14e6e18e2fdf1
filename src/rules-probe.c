/*
 * rules-probe.c - rule catalogue entries for findings of mqtls probe
 * against live listeners (issue 6): what a handshake showed, held against
 * the channel definitions (SSLCAUTH, SSLCIPH, SSLPEER) and the server's
 * certificates.  Emitted by probe-facts.c.
 */
#include "config.h"

#include "rules.h"

const struct rule_info rules_probe[] = {
	{ "probe-cert-expired", DIAG_ERROR, "probe",
	  "A certificate the server sends has expired",
	  "A queue manager that checks its partner's chain refuses an "
	  "expired certificate, so channels to this listener fail the "
	  "TLS handshake.",
	  "Renew the certificate in the queue manager's key repository and "
	  "run REFRESH SECURITY TYPE(SSL)." },
	{ "probe-cert-expiring", DIAG_WARNING, "probe",
	  "A certificate the server sends expires within --warn-days",
	  "When it expires every TLS channel to this listener stops; "
	  "renewal takes lead time (a CA request, a key repository change, "
	  "a refresh).",
	  "Renew the certificate before the date shown, or raise "
	  "--warn-days to match your renewal process." },
	{ "probe-cert-not-requested", DIAG_WARNING, "probe",
	  "The server did not request a client certificate, but the "
	  "channel has SSLCAUTH(REQUIRED)",
	  "With SSLCAUTH(REQUIRED) the channel is meant to run mutual TLS. "
	  "A listener that never asks for a certificate cannot check one, "
	  "so the partner's identity is not proven at the TLS layer.",
	  "Check that the listener belongs to the queue manager that owns "
	  "the channel (no TLS-terminating proxy in between), and that the "
	  "probe sent the channel's SNI (--sni channel)." },
	{ "probe-cert-not-required", DIAG_NOTE, "probe",
	  "The server also accepted a handshake without a client "
	  "certificate, though the channel has SSLCAUTH(REQUIRED)",
	  "A queue manager learns the channel only after the handshake, so "
	  "it requests a certificate and enforces SSLCAUTH(REQUIRED) at the "
	  "MQ layer; a TLS handshake without one succeeding is expected "
	  "there, but a TLS proxy in front of it would not enforce it.",
	  "None needed for a queue manager listener; for a proxy, make it "
	  "require client certificates." },
	{ "probe-cipherspec-mismatch", DIAG_ERROR, "probe",
	  "The negotiated CipherSpec is not what the channel's SSLCIPH "
	  "allows",
	  "After the handshake the queue manager compares the negotiated "
	  "CipherSpec with the channel's SSLCIPH and ends the channel when "
	  "they differ (AMQ9631).",
	  "Make both ends name the same CipherSpec, or use an alias such as "
	  "ANY_TLS12_OR_HIGHER on both ends." },
	{ "probe-cipherspec-not-mq", DIAG_WARNING, "probe",
	  "The server chose a cipher suite that is not an IBM MQ CipherSpec",
	  "An MQ queue manager only negotiates suites from its CipherSpec "
	  "list; a listener choosing something else is not configured as "
	  "MQ would be (a proxy or another TLS server in front of it), or "
	  "the suite is one MQ's support for is unconfirmed.",
	  "Check what terminates TLS on this port and restrict it to the "
	  "channel's CipherSpec." },
	{ "probe-cipherspec-refused", DIAG_ERROR, "probe",
	  "The server refused the channel's CipherSpec but accepts another",
	  "The two ends do not share the CipherSpec the channel names: the "
	  "channel cannot start (AMQ9616/AMQ9631), while a different one "
	  "would work.",
	  "Set SSLCIPH on both ends to the CipherSpec shown, or to an alias "
	  "both accept." },
	{ "probe-cipherspec-unsupported", DIAG_WARNING, "probe",
	  "The CipherSpec to offer is one GnuTLS cannot offer",
	  "SSL 3.0, single-DES, export and MD5 CipherSpecs cannot be offered "
	  "by the probe's TLS library, so the endpoint was not probed; they "
	  "are deprecated in IBM MQ as well.",
	  "Move the channel to a TLS 1.2 or 1.3 CipherSpec (mqtls lint "
	  "suggests one), or probe with --sslciph." },
	{ "probe-chain-untrusted", DIAG_ERROR, "probe",
	  "The server chain does not verify against the CA certificates of "
	  "--ca",
	  "A partner whose key repository holds these CA certificates would "
	  "refuse the server's certificate: unknown issuer, missing "
	  "intermediate, expired or insecure signature, as the reasons say.",
	  "Add the missing CA or intermediate certificates to the partner's "
	  "key repository, or have the server send its full chain." },
	{ "probe-sni-not-hostname", DIAG_NOTE, "probe",
	  "The channel's SNI name is not a valid host name",
	  "MQ encodes the channel name into SNI; a name that ends in a "
	  "lower-case letter or a symbol yields a label ending in '-', "
	  "which routers that route on host names (OpenShift routes, for "
	  "one) reject.",
	  "Use a channel name that ends in an upper-case letter or a digit "
	  "if a TLS router sits in front of the queue manager." },
	{ "probe-sslpeer-mismatch", DIAG_ERROR, "probe",
	  "The server's certificate does not match the channel's SSLPEER",
	  "The initiating end checks the server's subject DN against its "
	  "SSLPEER filter and refuses to start the channel when it does not "
	  "match.",
	  "Fix the SSLPEER filter, or the certificate the listener presents "
	  "for this channel (its CERTLABL, chosen through SNI)." },
	{ NULL, DIAG_NOTE, NULL, NULL, NULL, NULL }
};
