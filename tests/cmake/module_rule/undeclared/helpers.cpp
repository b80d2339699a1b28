int sijil_fixture_helpers() {
    return 0;
}
