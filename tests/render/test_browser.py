"""Interface: the service's web page in headless Chromium (Debian's chromium and
chromium-driver, driven by Selenium). Skips, saying why, when either is missing.

Screenshots go to ``test-artifacts/`` at the root of the repository.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
ARTIFACTS = Path(__file__).parents[2] / "test-artifacts"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


@pytest.fixture
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="the browser test needs selenium: "
                                    "pip install 'newsbrief[browser]'")
    for binary, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if not Path(binary).exists():
            pytest.skip(f"browser test skipped: {binary} is missing (apt-get install {package})")
    profile = tempfile.mkdtemp(prefix="newsbrief-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=1280,1600"):
        options.add_argument(flag)
    from selenium.webdriver.chrome.service import Service

    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_paste_seed_cluster_and_read_the_disagreements(browser, service_url: str, shared_seed_cluster: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    texts = [p.read_text(encoding="utf-8") for p in sorted(shared_seed_cluster.glob("*.txt"))]
    browser.get(service_url + "/")
    bulk = browser.find_element(By.ID, "bulk")
    bulk.click()
    browser.execute_script(  # a paste: the whole text at once, as the clipboard would put it
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
        bulk, "\n---\n".join(texts))
    submit = browser.find_element(By.ID, "submit")
    submit.send_keys("\n")  # submit with the keyboard
    wait = WebDriverWait(browser, 120)
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("Done")
               or d.find_element(By.ID, "error").text)
    assert browser.find_element(By.ID, "error").text == ""
    assert "5 articles" in browser.find_element(By.ID, "status").text
    wait.until(ready.frame_to_be_available_and_switch_to_it((By.ID, "report")))
    section = wait.until(ready.visibility_of_element_located((By.ID, "disagreements")))
    assert section.find_element(By.TAG_NAME, "h2").text.startswith("Where the reports disagree")
    items = section.find_elements(By.CSS_SELECTOR, ".item")
    assert items and "Amri" in section.text
    browser.switch_to.default_content()
    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("document.getElementById('result-h').scrollIntoView()")
    target = ARTIFACTS / "service-page-seed-cluster.png"
    assert browser.save_screenshot(str(target)) and target.stat().st_size > 0


def test_empty_form_says_what_is_missing(browser, service_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(service_url + "/")
    browser.find_element(By.ID, "submit").click()
    assert "at least one article" in browser.find_element(By.ID, "error").text


def test_report_opens_support_by_hover_and_by_keyboard(browser, cluster_articles, tmp_path: Path) -> None:
    """The report file, opened from disk: hovering a summary sentence shows its support;
    Enter on the focused sentence toggles it; narrow and print layouts keep the text."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    import newsbrief
    from newsbrief.render import render_html

    result = newsbrief.brief(cluster_articles)
    page = tmp_path / "brief.html"
    page.write_text(render_html(result), encoding="utf-8")
    browser.get(page.as_uri())
    first = browser.find_element(By.CSS_SELECTOR, "ol.summary > li")
    details = first.find_element(By.TAG_NAME, "details")
    assert details.get_attribute("open") is None
    ActionChains(browser).move_to_element(first).perform()
    assert details.get_attribute("open") is not None
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert details.get_attribute("open") is None
    summary = details.find_element(By.TAG_NAME, "summary")
    browser.execute_script("arguments[0].focus()", summary)
    summary.send_keys(Keys.ENTER)
    assert details.get_attribute("open") is not None
    browser.set_window_size(390, 844)
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 390, "the report scrolls sideways at phone width"
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "report-phone.png"))


def test_upload_files_and_read_the_brief(browser, service_url: str, cluster_dir: Path, tmp_path: Path) -> None:
    """Files chosen in the page are read by the browser and sent as JSON, .json lists included."""
    import json

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    texts = [p.read_text(encoding="utf-8") for p in sorted(cluster_dir.glob("*.txt"))]
    first, second = tmp_path / "first.txt", tmp_path / "more.json"
    first.write_text(texts[0], encoding="utf-8")
    second.write_text(json.dumps([{"text": texts[1], "source": "Second Outlet"}]), encoding="utf-8")
    browser.get(service_url + "/")
    browser.find_element(By.ID, "files").send_keys(f"{first}\n{second}")
    wait = WebDriverWait(browser, 120)
    wait.until(lambda d: "2 article(s) read from 2 file(s)" in d.find_element(By.ID, "files-read").text)
    browser.find_element(By.ID, "submit").click()
    wait.until(lambda d: d.find_element(By.ID, "status").text.startswith("Done")
               or d.find_element(By.ID, "error").text)
    assert browser.find_element(By.ID, "error").text == ""
    browser.switch_to.frame(browser.find_element(By.ID, "report"))
    articles = browser.find_element(By.ID, "articles").text
    assert "Articles (2)" in articles and "Second Outlet" in articles
