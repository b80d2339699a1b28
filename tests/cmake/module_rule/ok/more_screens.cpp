int sijil_fixture_more_screens() {
    return 0;
}
