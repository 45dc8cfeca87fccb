"""``docpipe dev``: helpers to try docpipe on a local database. Never for production.

- ``dev user``: an auth user (what Supabase Auth would create); prints its id.
- ``dev patient --user ID``: a patient profile owned by that user, created AS THE USER
  (client role, RLS, the server mints the id); prints the patient id.
- ``dev token --user ID``: a user token the hook accepts: HS256 with
  ``SUPABASE_JWT_SECRET``, or signed with a local key (``--key``, from ``dev keys``)
  whose public half the hook reads from ``SUPABASE_JWKS_URL``.
- ``dev keys --out DIR``: a local ES256 key pair and the JWKS document that publishes it.
- ``dev upload FILE --patient ID``: puts the file in storage at ``<patient_id>/…`` and
  registers it with the hook (``POST /v1/shell-files``); prints the shell file id and
  the correlation id as ``NAME=value`` lines.

Every command refuses to run when ``DOCPIPE_ENV`` is ``production`` (or ``prod``).
Connections: ``user`` and ``patient`` open one short-lived database connection; ``token``,
``keys`` and ``upload`` open none (``upload`` talks to storage and the hook over HTTP).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import os
import shlex
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from pipeline.errors import ConfigurationError, DocpipeError
from pipeline.settings import Settings
from pipeline.sqlfiles import query

#: The setting that marks a production environment; `docpipe dev` refuses to run there.
ENV_SETTING = "DOCPIPE_ENV"
PRODUCTION_VALUES = frozenset({"production", "prod"})
DEFAULT_HOOK_URL = "http://127.0.0.1:8000"
#: A self profile uses the user's id; the other kinds a fresh server-minted id.
PROFILE_TYPES = {"self": "self", "child": "child", "dependent": "dependent"}


class DevRefused(DocpipeError):
    """`docpipe dev` does not run in production."""

    code = "dev_refused_in_production"


class DevError(DocpipeError):
    """A `docpipe dev` step failed (the message says which and why, without PHI)."""

    code = "dev_failed"


def refuse_in_production(env: dict[str, str] | None = None) -> None:
    value = (os.environ if env is None else env).get(ENV_SETTING, "")
    if value.strip().lower() in PRODUCTION_VALUES:
        raise DevRefused(f"{ENV_SETTING}={value.strip()}: docpipe dev is for local databases only")


def _database_url(args: argparse.Namespace) -> str:
    url: str | None = args.database_url or os.environ.get("DATABASE_URL")
    if not url:
        raise ConfigurationError("DATABASE_URL is not set (or pass --database-url)")
    return url


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")


# -- users and patients -------------------------------------------------------------


def create_user(database_url: str) -> uuid.UUID:
    from pipeline.db import connect

    # The login role (the database owner locally): auth.users is not the service role's.
    with connect(database_url, role="", purpose="dev") as conn:
        row = conn.execute(query("dev_user_create")).fetchone()
        conn.commit()
    if row is None:  # INSERT ... RETURNING always returns the row
        raise DevError("the user was not created")
    return uuid.UUID(str(row["id"]))


def create_patient(
    database_url: str, user_id: uuid.UUID, *, profile_type: str = "self", name: str = "Dev Patient"
) -> uuid.UUID:
    """A profile of ``user_id``, written as that user through RLS (the app's own path)."""
    import psycopg

    from pipeline.db import connect

    with connect(database_url, role="", purpose="dev") as conn:
        found = conn.execute(query("dev_user_exists"), {"user_id": user_id}).fetchone()
        if not (found and found["found"]):
            raise DevError("no such user (create one with `docpipe dev user`)")
        claims = json.dumps({"sub": str(user_id), "role": "authenticated"})
        try:
            conn.execute(query("dev_act_as_user"), {"claims": claims})
            row = conn.execute(
                query("dev_profile_create"),
                {
                    "user_id": user_id,
                    "profile_type": profile_type,
                    "relationship": PROFILE_TYPES[profile_type],
                    "display_name": name,
                },
            ).fetchone()
            conn.commit()
        except psycopg.errors.UniqueViolation as exc:
            raise DevError(
                "this user already has a self profile (its id is the user id); "
                "add another with --type child or --type dependent"
            ) from exc
    if row is None:  # RETURNING is visible to the owner (policy profile_read)
        raise DevError("the profile was not created")
    return uuid.UUID(str(row["id"]))


def _cmd_user(args: argparse.Namespace) -> int:
    _out(str(create_user(_database_url(args))))
    return 0


def _cmd_patient(args: argparse.Namespace) -> int:
    patient = create_patient(_database_url(args), args.user, profile_type=args.type, name=args.name)
    _out(str(patient))
    return 0


# -- tokens -------------------------------------------------------------------------


def token_claims(settings: Settings, user_id: uuid.UUID, expires_in: int) -> dict[str, Any]:
    """The claims the hook checks (pipeline.hook.auth): sub, role, aud, exp (+ iss)."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": str(user_id),
        "role": "authenticated",
        "aud": settings.supabase_jwt_audience,
        "iat": now,
        "exp": now + expires_in,
    }
    if settings.supabase_url:
        claims["iss"] = settings.supabase_url.rstrip("/") + "/auth/v1"
    return claims


def _signing_key(pem: bytes) -> tuple[ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, str]:
    """The private key and the algorithm the hook accepts for it (ES256 or RS256)."""
    key = serialization.load_pem_private_key(pem, password=None)
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key, "ES256"
    if isinstance(key, rsa.RSAPrivateKey):
        return key, "RS256"
    raise DevError("the key must be an EC P-256 or RSA private key (PEM)")


def mint_token(
    settings: Settings,
    user_id: uuid.UUID,
    *,
    expires_in: int = 3600,
    key_path: Path | None = None,
    kid: str | None = None,
) -> str:
    claims = token_claims(settings, user_id, expires_in)
    if key_path is not None:
        key, algorithm = _signing_key(key_path.read_bytes())
        headers = {"kid": kid or key_path.stem}
        return jwt.encode(claims, key, algorithm=algorithm, headers=headers)
    if not settings.supabase_jwt_secret:
        raise ConfigurationError(
            "set SUPABASE_JWT_SECRET (the secret the hook uses), or pass --key with a key "
            "from `docpipe dev keys`"
        )
    return jwt.encode(claims, settings.supabase_jwt_secret, algorithm="HS256")


def _cmd_token(args: argparse.Namespace) -> int:
    key = Path(args.key) if args.key else None
    _out(
        mint_token(
            Settings.from_env(), args.user, expires_in=args.expires_in, key_path=key, kid=args.kid
        )
    )
    return 0


def write_keys(out_dir: Path, kid: str) -> tuple[Path, Path]:
    """An ES256 private key (PEM, ``<kid>.pem``) and ``jwks.json`` publishing its public half."""
    out_dir.mkdir(parents=True, exist_ok=True)
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    key_path = out_dir / f"{kid}.pem"
    key_path.write_bytes(pem)
    key_path.chmod(0o600)
    public = json.loads(jwt.algorithms.ECAlgorithm.to_jwk(key.public_key()))
    public.update({"kid": kid, "alg": "ES256", "use": "sig"})
    jwks_path = out_dir / "jwks.json"
    jwks_path.write_text(json.dumps({"keys": [public]}, indent=2) + "\n")
    return key_path, jwks_path


def _cmd_keys(args: argparse.Namespace) -> int:
    key_path, jwks_path = write_keys(Path(args.out), args.kid)
    _out(f"private key: {key_path}")
    _out(f"public keys: {jwks_path} (serve it over HTTP and set SUPABASE_JWKS_URL to its URL)")
    return 0


# -- uploads ------------------------------------------------------------------------


def storage_path_for(patient_id: uuid.UUID, path: Path, digest: str) -> str:
    """``<patient_id>/<digest>-<name>``: the patient prefix the hook requires, and the
    content digest so the same bytes map to the same object (and the same document)."""
    return f"{patient_id}/{digest[:12]}-{path.name}"


def _mime_for(path: Path, given: str | None) -> str:
    if given:
        return given
    guessed, _ = mimetypes.guess_type(path.name)
    return guessed or "application/octet-stream"


def upload(
    settings: Settings,
    path: Path,
    patient_id: uuid.UUID,
    token: str,
    *,
    hook_url: str = DEFAULT_HOOK_URL,
    mime_type: str | None = None,
) -> dict[str, Any]:
    """Store the file where the hook expects it, then register it; the hook's answer."""
    from adapters.storage import storage_from_url

    if not settings.storage_url:
        raise ConfigurationError("STORAGE_URL is not set (the storage the workers read)")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    storage_path = storage_path_for(patient_id, path, digest)
    store = storage_from_url(settings.storage_url)
    with path.open("rb") as stream:
        size = store.put(storage_path, stream)
    body = {
        "patient_id": str(patient_id),
        "storage_path": storage_path,
        "original_filename": path.name[:255],
        "mime_type": _mime_for(path, mime_type),
        "file_size_bytes": size,
    }
    headers = {
        "authorization": f"Bearer {token}",
        "idempotency-key": f"dev:{patient_id}:{digest[:32]}",
    }
    try:
        response = httpx.post(
            f"{hook_url.rstrip('/')}/v1/shell-files", json=body, headers=headers, timeout=30
        )
    except httpx.HTTPError as exc:
        raise DevError(f"the hook at {hook_url} did not answer ({type(exc).__name__})") from exc
    answer: dict[str, Any] = response.json() if response.content else {}
    if response.status_code not in (200, 201):
        error = answer.get("error") or {}
        hint = f" ({error['hint']})" if error.get("hint") else ""
        raise DevError(
            f"the hook answered {response.status_code}: {error.get('message', '')}{hint}",
            code=str(error.get("code") or "dev_upload_failed"),
        )
    return answer


def _cmd_upload(args: argparse.Namespace) -> int:
    settings = Settings.from_env()
    if args.token:
        token = args.token
    elif args.user:
        token = mint_token(settings, args.user)
    else:
        raise DevError("pass --token TOKEN (from `docpipe dev token`) or --user ID")
    path = Path(args.file)
    if not path.is_file():
        raise DevError("no such file")
    answer = upload(
        settings, path, args.patient, token, hook_url=args.hook_url, mime_type=args.mime_type
    )
    # NAME=value lines: readable, and `eval "$(docpipe dev upload …)"` sets them.
    _out(f"SHELL_FILE_ID={shlex.quote(str(answer['shell_file_id']))}")
    _out(f"CORRELATION_ID={shlex.quote(str(answer['correlation_id']))}")
    _out(f"UPLOAD_STATUS={shlex.quote(str(answer['status']))}")
    return 0


# -- the parser ---------------------------------------------------------------------


def _guarded(handler: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        refuse_in_production()
        result: int = handler(args)
        return result

    return run


def add_dev_parser(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``docpipe dev …``: add to the top-level subparsers of ``pipeline.cli``."""
    dev = subparsers.add_parser(
        "dev",
        help="local helpers: a user, a patient, a token, an upload (refused in production)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    dev_sub = dev.add_subparsers(dest="dev_command", required=True)

    usr = dev_sub.add_parser("user", help="create an auth user; prints its id")
    usr.add_argument("--database-url", help="defaults to DATABASE_URL")
    usr.set_defaults(handler=_guarded(_cmd_user))

    pat = dev_sub.add_parser("patient", help="create a patient owned by a user; prints its id")
    pat.add_argument("--user", type=uuid.UUID, required=True, help="the owning user's id")
    pat.add_argument("--type", choices=sorted(PROFILE_TYPES), default="self")
    pat.add_argument("--name", default="Dev Patient", help="display name (use a made-up one)")
    pat.add_argument("--database-url", help="defaults to DATABASE_URL")
    pat.set_defaults(handler=_guarded(_cmd_patient))

    tok = dev_sub.add_parser("token", help="mint a user token the hook accepts")
    tok.add_argument("--user", type=uuid.UUID, required=True)
    tok.add_argument("--expires-in", type=int, default=3600, help="seconds (default 3600)")
    tok.add_argument("--key", help="sign with this private key (PEM) instead of the secret")
    tok.add_argument("--kid", help="the key id in the token header (default: the key's name)")
    tok.set_defaults(handler=_guarded(_cmd_token))

    keys = dev_sub.add_parser("keys", help="make a local ES256 key pair and its JWKS")
    keys.add_argument("--out", required=True, help="folder for <kid>.pem and jwks.json")
    keys.add_argument("--kid", default="docpipe-dev", help="the key id (default docpipe-dev)")
    keys.set_defaults(handler=_guarded(_cmd_keys))

    upl = dev_sub.add_parser("upload", help="store a file and register it with the hook")
    upl.add_argument("file")
    upl.add_argument("--patient", type=uuid.UUID, required=True)
    upl.add_argument("--token", help="a user token (from `docpipe dev token`)")
    upl.add_argument("--user", type=uuid.UUID, help="mint a token for this user instead")
    upl.add_argument("--hook-url", default=DEFAULT_HOOK_URL, help=f"default {DEFAULT_HOOK_URL}")
    upl.add_argument("--mime-type", help="default: guessed from the file name")
    upl.set_defaults(handler=_guarded(_cmd_upload))
