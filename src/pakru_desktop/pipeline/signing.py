"""Librarians sign their collections: Ed25519 over the manifest (PyNaCl, i.e. libsodium).

A manifest alone proves nothing: whoever edits a text can recompute its hash and the
manifest. A signature over the manifest can only be made with the librarian's secret key, so
`pakru verify` and Help → Verify Library can say "signed by <name> (key fingerprint)",
"unsigned", or "signature does not match — altered after signing". A name is only a claim:
the fingerprint is what a reader compares, and a bundle can pin the keys it trusts
(`resources/trusted-keys/*.pub`), so that a collection re-signed with another key is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..db.schema import LibraryError

SIGNATURE_KEY = "signature"  # its row in the `meta` table, beside the manifest
KEY_FORMAT = "pakru-signing-key-1"
PUBLIC_FORMAT = "pakru-public-key-1"
TRUSTED_KEYS_DIR = "trusted-keys"
TRUSTED_KEYS_ENV = "PAKRU_TRUSTED_KEYS"


class SigningError(LibraryError):
    """A key file cannot be used; the message says why, in one line."""


@dataclass
class SignatureCheck:
    state: str  # "unsigned", "signed", "mismatch", "untrusted", "damaged"
    name: str = ""
    fingerprint: str = ""

    def summary(self) -> str:
        if self.state == "signed":
            return f"signed by {self.name} (key fingerprint {self.fingerprint})"
        if self.state == "mismatch":
            return "signature does not match — altered after signing"
        if self.state == "untrusted":
            return (f"signed by {self.name} (key fingerprint {self.fingerprint}), a key this "
                    "installation does not trust")  # fmt: skip
        if self.state == "damaged":
            return "signature: damaged, cannot be read"
        return "unsigned"

    @property
    def problem(self) -> str:
        return "" if self.state in ("signed", "unsigned") else f"signature: {self.summary()}"


def escape_controls(text: str) -> str:
    """A stored string made safe to print: control characters (a terminal's escape codes,
    bidi overrides, newlines) are shown as `\\x1b`-style escapes instead of acting."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


def fingerprint(public_key: bytes) -> str:
    """What a person compares: 16 hex digits of the key's SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key).hexdigest()[:16].upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def generate_key(path: Path, name: str) -> tuple[Path, str]:
    """Write a new secret key file (readable by its owner only) and its public key beside it
    (`<path>.pub`); returns the public key file and the fingerprint."""
    from nacl.signing import SigningKey

    path = Path(path)
    if path.exists():
        raise SigningError(f"{path} exists; a signing key is never overwritten")
    if not name.strip():
        raise SigningError("the key needs a name (--name): it is shown with each signature")
    key = SigningKey.generate()
    secret = {"format": KEY_FORMAT, "name": name.strip(), "seed": key.encode().hex()}
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(secret, handle)
    public = key.verify_key.encode()
    public_path = path.with_name(path.name + ".pub")
    public_path.write_text(json.dumps({"format": PUBLIC_FORMAT, "name": name.strip(),
                                       "public_key": public.hex()}), encoding="utf-8")  # fmt: skip
    return public_path, fingerprint(public)


def sign_manifest(manifest: str, key_file: Path) -> str:
    """The signature record (JSON) for a manifest, made with the key in `key_file`."""
    from nacl.signing import SigningKey

    try:
        data = json.loads(Path(key_file).read_text(encoding="utf-8"))
        if data.get("format") != KEY_FORMAT:
            raise ValueError("not a pakru signing key")
        key = SigningKey(bytes.fromhex(data["seed"]))
        name = str(data["name"])
    except OSError as error:
        raise SigningError(f"cannot read the key {key_file}: {error.strerror or error}") from None
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise SigningError(f"{key_file} is not a pakru signing key (see `pakru keygen`)") from None
    signed = key.sign(manifest.encode("utf-8")).signature
    return json.dumps({"name": name, "public_key": key.verify_key.encode().hex(),
                       "signature": signed.hex()})  # fmt: skip


def check_signature(manifest: str, record: str | None,
                    trusted: set[bytes] | None = None) -> SignatureCheck:  # fmt: skip
    """Does `record` sign exactly `manifest`, with a trusted key when keys are pinned?"""
    if record is None:
        return SignatureCheck("unsigned")
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        data = json.loads(record)
        public = bytes.fromhex(data["public_key"])
        signature = bytes.fromhex(data["signature"])
        name = escape_controls(str(data["name"])[:200])
        key = VerifyKey(public)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return SignatureCheck("damaged")
    except Exception:  # noqa: BLE001 - PyNaCl refuses a key of the wrong length its own way
        return SignatureCheck("damaged")
    shown = fingerprint(public)
    try:
        key.verify(manifest.encode("utf-8"), signature)
    except (BadSignatureError, ValueError, TypeError):
        return SignatureCheck("mismatch", name, shown)
    if trusted and public not in trusted:
        return SignatureCheck("untrusted", name, shown)
    return SignatureCheck("signed", name, shown)


def pinned_keys() -> set[bytes]:
    """The keys this installation trusts: the bundle's `resources/trusted-keys/`, and the
    folder named by $PAKRU_TRUSTED_KEYS (an organisation's own, set for its readers)."""
    from ..paths import resources_dir

    keys = trusted_keys(resources_dir() / TRUSTED_KEYS_DIR)
    extra = os.environ.get(TRUSTED_KEYS_ENV)
    return keys | trusted_keys(Path(extra)) if extra else keys


def trusted_keys(folder: Path) -> set[bytes]:
    """The public keys an installation pins (`*.pub` files of `pakru keygen`); empty means
    any valid signature is shown with its name and fingerprint."""
    keys: set[bytes] = set()
    if not folder.is_dir():
        return keys
    for path in sorted(folder.glob("*.pub")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            keys.add(bytes.fromhex(data["public_key"]))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue
    return keys


def signer_public_file(record: str | None) -> str:
    """The public key file (`pakru keygen`'s .pub) of the key that made a signature record:
    what an installer built from a signed collection pins. Raises SigningError if unsigned."""
    try:
        data = json.loads(record or "")
        public = bytes.fromhex(data["public_key"])
        name = str(data["name"])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise SigningError(
            "the collection is not signed: sign it (build-collection --sign)"
        ) from None
    return json.dumps({"format": PUBLIC_FORMAT, "name": name, "public_key": public.hex()})
