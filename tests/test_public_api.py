import eventwire


def test_public_api_all_lists_exactly_the_public_names():
    public = {name for name in vars(eventwire) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(eventwire, name)).__name__ == "module"}
    assert set(eventwire.__all__) == public - modules
