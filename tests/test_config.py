"""Configuration: defaults, validation errors that name file, key and allowed values."""

from pathlib import Path

import pytest

from generator.config import Config, ConfigError, load_config
from generator.scaffold import CONFIG_TEXT


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "digest.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_absent_file_means_defaults(tmp_path):
    config = load_config(root=tmp_path)
    assert config == Config(root=tmp_path.resolve())
    assert config.output_dir == tmp_path.resolve() / "site"


def test_values_are_read_and_typed(tmp_path):
    path = write(
        tmp_path,
        '[site]\ntitle = "Desk"\narticles_per_page = 5\n[entities]\ntag_types = ["place"]\n',
    )
    config = load_config(path)
    assert config.site.title == "Desk"
    assert config.site.articles_per_page == 5
    assert config.entities.tag_types == ("place",)


def error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_unknown_key_names_file_key_and_allowed_and_suggests_the_closest(tmp_path):
    path = write(tmp_path, "[site]\ntitel = 'x'\n")
    assert error(path) == (
        f"{path}: site.titel: unknown key; did you mean `title`? allowed: title, description, "
        "base_url, language, articles_per_page, directory_urls, cname"
    )


def test_unknown_key_far_from_every_allowed_one_gets_no_suggestion(tmp_path):
    path = write(tmp_path, "[build]\nparallel = 2\n")
    assert error(path) == (
        f"{path}: build.parallel: unknown key; allowed: max_file_size, jobs, scheduler, keep_warm"
    )


def test_unknown_section(tmp_path):
    path = write(tmp_path, "[sight]\ntitle = 'x'\n")
    assert error(path) == (
        f"{path}: sight: unknown section; did you mean `site`? "
        "allowed: site, paths, summary, entities, stories, build, search, editions, deploy"
    )


def test_value_outside_choices_suggests_the_closest(tmp_path):
    path = write(tmp_path, "[summary]\nalgorithm = 'lexrnk'\n")
    assert error(path) == (
        f"{path}: summary.algorithm: 'lexrnk' is not allowed; did you mean `lexrank`? "
        "allowed: news, lexrank, textrank, lsa, luhn, kl, sumbasic, reduction, lead"
    )
    path = write(tmp_path, "[entities]\ntypes = { Isil = 'organisaton' }\n")
    assert error(path) == (
        f"{path}: entities.types: 'organisaton' is not allowed; did you mean `organisation`? "
        "allowed: person, organisation, place"
    )


def test_organization_is_read_as_organisation(tmp_path):
    config = load_config(
        write(
            tmp_path,
            "[entities]\ntag_types = ['person', 'organization']\n"
            "types = { Isil = 'organization' }\n",
        )
    )
    assert config.entities.tag_types == ("person", "organisation")
    assert dict(config.entities.types) == {"Isil": "organisation"}


def test_deploy_default_naming_no_table_suggests_the_closest(tmp_path):
    path = write(tmp_path, '[deploy]\ndefault = "page"\n[deploy.pages]\nurl = "git+origin"\n')
    assert error(path) == (
        f"{path}: deploy: default = 'page' names no [deploy.<name>] table; "
        "did you mean `pages`? defined: pages"
    )


def test_wrong_type(tmp_path):
    with pytest.raises(ConfigError, match=r"site\.articles_per_page: must be an integer, got str"):
        load_config(write(tmp_path, "[site]\narticles_per_page = 'ten'\n"))


def test_bool_is_not_an_integer(tmp_path):
    with pytest.raises(ConfigError, match="must be an integer"):
        load_config(write(tmp_path, "[summary]\nsentences = true\n"))


def test_value_outside_choices(tmp_path):
    with pytest.raises(ConfigError, match=r"summary\.algorithm: 'magic' is not allowed; allowed: "):
        load_config(write(tmp_path, "[summary]\nalgorithm = 'magic'\n"))


def test_list_items_checked_against_choices(tmp_path):
    with pytest.raises(ConfigError, match=r"'planet' is not allowed"):
        load_config(write(tmp_path, "[entities]\ntag_types = ['place', 'planet']\n"))


def test_invalid_toml_names_file(tmp_path):
    path = write(tmp_path, "[site\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_paths_are_relative_to_config_file(tmp_path):
    (tmp_path / "sub").mkdir()
    path = (tmp_path / "sub" / "digest.toml").resolve()
    path.write_text("[paths]\ncontent = 'articles'\n")
    config = load_config(path)
    assert config.content_dir == path.parent / "articles"
    overridden = config.with_overrides(output=str(tmp_path / "out"), content=None)
    assert overridden.output_dir == (tmp_path / "out").resolve()
    assert overridden.content_dir == config.content_dir


def test_scaffold_config_lists_every_setting_with_its_default(tmp_path):
    config = load_config(write(tmp_path, CONFIG_TEXT))
    assert config == Config(root=tmp_path.resolve())
    for section in ("site", "paths", "summary", "entities", "stories", "build"):
        for key in vars(getattr(config, section)):
            assert f"\n{key} = " in CONFIG_TEXT, f"{section}.{key} missing from digest init"


def test_stories_settings_are_read_and_checked_naming_the_key(tmp_path):
    config = load_config(
        write(tmp_path, "[stories]\nenabled = false\nwindow_days = 3\nthreshold = 0.3\n")
    )
    assert (config.stories.enabled, config.stories.window_days) == (False, 3.0)
    assert config.stories.threshold == 0.3
    for text, key, words in (
        ("[stories]\nwindow_days = 0\n", "stories.window_days", "more than 0"),
        ("[stories]\nthreshold = 1.5\n", "stories.threshold", "at most 1"),
        ("[stories]\nmin_articles = 0\n", "stories.min_articles", "at least 1"),
        ('[stories]\nthreshold = "high"\n', "stories.threshold", "must be a number"),
    ):
        with pytest.raises(ConfigError) as failure:
            load_config(write(tmp_path, text))
        assert failure.value.key == key
        assert words in str(failure.value)
    with pytest.raises(ConfigError, match="did you mean `window_days`"):
        load_config(write(tmp_path, "[stories]\nwindow_day = 3\n"))


def test_search_shard_pages_is_read_and_checked_naming_the_key(tmp_path):
    assert load_config(write(tmp_path, "[search]\n")).search.shard_pages == 2000
    config = load_config(write(tmp_path, "[search]\nshard_pages = 500\n"))
    assert (config.search.enabled, config.search.shard_pages) == (True, 500)
    for text, words in (
        ("[search]\nshard_pages = 0\n", "must be at least 1, got 0"),
        ("[search]\nshard_pages = -5\n", "must be zero or more"),
        ('[search]\nshard_pages = "many"\n', "must be an integer"),
    ):
        with pytest.raises(ConfigError) as failure:
            load_config(write(tmp_path, text))
        assert failure.value.key == "search.shard_pages"
        assert words in str(failure.value)
    with pytest.raises(ConfigError, match="did you mean `shard_pages`"):
        load_config(write(tmp_path, "[search]\nshard_page = 3\n"))
