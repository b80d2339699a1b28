int sijil_fixture_screens() {
    return 0;
}
