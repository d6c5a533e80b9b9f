"""Throw-away keys and certificates for signature tests, and signing the way a reader app would.

A test root CA issues a signer certificate for a named person; nothing here touches the network
or a real trust store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from io import BytesIO

from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko_certvalidator.registry import SimpleCertificateStore


@dataclass(frozen=True)
class SigningPki:
    root: asn1_x509.Certificate
    signer_cert: asn1_x509.Certificate
    signer_key: asn1_keys.PrivateKeyInfo

    def signer(self) -> signers.SimpleSigner:
        return signers.SimpleSigner(
            signing_cert=self.signer_cert,
            signing_key=self.signer_key,
            cert_registry=SimpleCertificateStore.from_certs([self.root]),  # type: ignore[no-untyped-call]
        )


def _name(common_name: str, organisation: str = "ACME SA (test)") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _to_asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def _ec_key() -> PrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


def issue_certificates(
    signer_name: str,
    new_key: Callable[[], PrivateKey] = _ec_key,
    organisation: str = "ACME SA (test)",
) -> tuple[x509.Certificate, PrivateKey, x509.Certificate]:
    """(root certificate, signer key, signer certificate): a root CA and a certificate it
    issues to ``signer_name``, valid from yesterday for a year, with keys from ``new_key``."""
    now = datetime.now(UTC)
    root_key = new_key()
    root_name = _name(f"{signer_name} Test Root", organisation)
    root = (
        x509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(root_key.public_key()), False)
        .sign(root_key, hashes.SHA256())
    )
    signer_key = new_key()
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(signer_name, organisation))
        .issuer_name(root_name)
        .public_key(signer_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), False
        )
        .sign(root_key, hashes.SHA256())
    )
    return root, signer_key, leaf


def make_pki(signer_name: str = "Marie Dupont") -> SigningPki:
    """A root CA and an EC signer certificate for ``signer_name``, valid from yesterday for a
    year."""
    root, signer_key, leaf = issue_certificates(signer_name)
    key_der = signer_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return SigningPki(
        root=_to_asn1(root),
        signer_cert=_to_asn1(leaf),
        signer_key=asn1_keys.PrivateKeyInfo.load(key_der),
    )


def sign_field(pdf: bytes, pki: SigningPki, field_name: str = "ClientSignature") -> bytes:
    """Sign the existing empty field ``field_name``, as a client's PDF reader does."""
    writer = IncrementalPdfFileWriter(BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(field_name=field_name, reason="Milestone accepted")
    out = signers.PdfSigner(meta, signer=pki.signer()).sign_pdf(writer, existing_fields_only=True)
    signed: bytes = out.getvalue()
    return signed
