int sijil_fixture_screens_resources() {
    return 0;
}
