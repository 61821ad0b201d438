"""One settings object, built once at the edge (CLI callback, MCP lifespan)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

__all__ = ["Settings", "load_settings"]

_DEFAULT_HOME = Path("~/.local/share/migrascope").expanduser()


class Settings(BaseSettings):
    """Environment (prefix ``MIGRASCOPE_``) beats ``migrascope.toml`` beats defaults."""

    model_config = SettingsConfigDict(
        env_prefix="MIGRASCOPE_",
        env_nested_delimiter="__",
        toml_file="migrascope.toml",
        extra="ignore",
    )

    home: Path = Field(default=_DEFAULT_HOME, description="Data directory of the embedded server.")
    database_url: SecretStr | None = Field(
        default=None,
        validation_alias=AliasChoices("DATABASE_URL", "MIGRASCOPE_DATABASE_URL"),
        description="External PostgreSQL 14+ with pgvector; unset means the embedded server.",
    )
    tenant: str = Field(default="default", description="Tenant used when none is given.")
    embedder: Literal["hashing", "openai"] = "hashing"
    embedding_dim: int = Field(default=384, ge=8, le=4096)
    embedding_model: str = "thenlper/gte-large"
    openai_base_url: str | None = None
    openai_api_key: SecretStr | None = None
    llm_model: str | None = None
    batch_size: int = Field(default=2000, ge=1, le=100_000)
    pool_max_size: int = Field(default=8, ge=1, le=64)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            file_secret_settings,
            TomlConfigSettingsSource(settings_cls),
        )


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment and TOML, with explicit overrides on top."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
