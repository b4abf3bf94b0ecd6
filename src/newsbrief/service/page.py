"""The service's web page: paste or upload articles, read the HTML report in the page.

One static document with inline CSS and JS; files are read in the browser and
sent as JSON, so the server never sees a path.
"""

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsbrief: brief a news story</title>
<style>
:root{--ink:#1b1b1b;--muted:#4a4a4a;--line:#8a8a8a;--link:#0b4fb3;--bad:#8c1d13}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:52rem;margin:0 auto;padding:1rem 1.25rem 3rem}
h1{font-size:1.6rem;margin:.5rem 0}
fieldset{border:1px solid var(--line);border-radius:.4rem;margin:0 0 1rem;padding:.5rem 1rem 1rem}
legend{font-weight:700;padding:0 .3rem}
label{display:block;font-weight:600;margin:.6rem 0 .2rem}
.hint{color:var(--muted);font-size:.92rem;margin:.1rem 0 .3rem}
textarea,input[type=text],input[type=number]{width:100%;font:inherit;padding:.4rem;border:1px solid var(--line);border-radius:.3rem;color:var(--ink)}
textarea{min-height:8rem;resize:vertical}
input[type=number]{width:7rem}
.row{display:flex;gap:.75rem;flex-wrap:wrap}.row>div{flex:1 1 12rem}
button{font:inherit;padding:.5rem 1rem;border-radius:.3rem;border:1px solid #0b3f8f;background:#0b4fb3;color:#fff;cursor:pointer}
button.secondary{background:#fff;color:#0b3f8f}
button:disabled{opacity:.6;cursor:wait}
:focus-visible{outline:3px solid var(--link);outline-offset:2px}
#error{color:var(--bad);font-weight:600}
#status{color:var(--muted)}
iframe{width:100%;border:1px solid var(--line);border-radius:.4rem;min-height:20rem;margin-top:.5rem}
.article{margin-bottom:1rem}.article+.article{border-top:1px dashed var(--line);padding-top:.25rem}
@media (max-width:40rem){main{padding:.75rem}}
</style>
</head>
<body>
<main>
<h1>Brief a news story</h1>
<p>Paste or upload several reports of one story. newsbrief writes a short summary in which every
sentence is quoted from a report and marked with the outlets that report it, and lists where the
reports disagree. The articles are sent only to this server; nothing is fetched from the web.</p>
<form id="brief-form" novalidate>
<fieldset id="articles">
<legend>Articles, one at a time</legend>
<div id="article-list"></div>
<button type="button" class="secondary" id="add-article">Add another article</button>
</fieldset>
<fieldset>
<legend>Or several at once</legend>
<label for="bulk">Paste several articles</label>
<p class="hint" id="bulk-hint">Separate the articles with a line of three dashes: <code>---</code></p>
<textarea id="bulk" aria-describedby="bulk-hint"></textarea>
<label for="files">Upload files</label>
<p class="hint" id="files-hint">.txt or .md (one article a file), .json (an object or a list of objects with
<code>text</code>), .jsonl (one object a line). Read in your browser.</p>
<input type="file" id="files" multiple accept=".txt,.md,.text,.json,.jsonl" aria-describedby="files-hint">
<p class="hint" id="files-read" aria-live="polite"></p>
</fieldset>
<label for="words">Summary length in words</label>
<input type="number" id="words" min="1" max="1000" value="150">
<p><button type="submit" id="submit">Brief these articles</button></p>
<p id="status" role="status" aria-live="polite"></p>
<p id="error" role="alert"></p>
</form>
<section id="result" aria-labelledby="result-h" hidden>
<h2 id="result-h">The brief</h2>
<p><a id="download" download="brief.html" href="#">Download the report as one HTML file</a></p>
<iframe id="report" title="The brief" sandbox="allow-same-origin allow-popups"></iframe>
</section>
</main>
<script>
(function(){
  var list = document.getElementById('article-list'), count = 0, fromFiles = [];
  function field(kind, id, text, tag){
    var label = document.createElement('label'); label.htmlFor = id; label.textContent = text;
    var input = document.createElement(tag); input.id = id; input.className = kind;
    if (tag === 'input') input.type = 'text';
    return [label, input];
  }
  function addArticle(){
    count += 1;
    var box = document.createElement('div'); box.className = 'article';
    var parts = field('text', 'text-' + count, 'Article ' + count + ' text', 'textarea');
    var row = document.createElement('div'); row.className = 'row';
    [['title', 'Title (optional)'], ['source', 'Outlet (optional)']].forEach(function(pair){
      var cell = document.createElement('div');
      field(pair[0], pair[0] + '-' + count, pair[1], 'input').forEach(function(el){ cell.appendChild(el); });
      row.appendChild(cell);
    });
    parts.forEach(function(el){ box.appendChild(el); }); box.appendChild(row);
    list.appendChild(box);
    return parts[1];
  }
  addArticle();
  document.getElementById('add-article').addEventListener('click', function(){ addArticle().focus(); });

  function recordsOf(name, text){
    var lower = name.toLowerCase();
    try {
      if (lower.endsWith('.json')) { var data = JSON.parse(text); return Array.isArray(data) ? data : [data]; }
      if (lower.endsWith('.jsonl')) return text.split(/\\r?\\n/).filter(function(l){ return l.trim(); }).map(JSON.parse);
    } catch (e) { throw new Error(name + ': not valid JSON'); }
    return [{text: text, title: null}];
  }
  document.getElementById('files').addEventListener('change', function(ev){
    var files = Array.prototype.slice.call(ev.target.files);
    fromFiles = []; document.getElementById('error').textContent = '';
    Promise.all(files.map(function(file){
      return file.text().then(function(text){ return recordsOf(file.name, text); });
    })).then(function(groups){
      groups.forEach(function(g){ fromFiles = fromFiles.concat(g); });
      document.getElementById('files-read').textContent = fromFiles.length + ' article(s) read from ' + files.length + ' file(s).';
    }).catch(function(e){ document.getElementById('error').textContent = e.message; });
  });

  function collect(){
    var articles = [];
    list.querySelectorAll('.article').forEach(function(box){
      var text = box.querySelector('.text').value;
      if (!text.trim()) return;
      var item = {text: text};
      ['title', 'source'].forEach(function(k){ var v = box.querySelector('.' + k).value.trim(); if (v) item[k] = v; });
      articles.push(item);
    });
    document.getElementById('bulk').value.split(/^[ \\t]*-{3,}[ \\t]*$/m).forEach(function(part){
      if (part.trim()) articles.push({text: part.trim()});
    });
    fromFiles.forEach(function(item){ if (item && typeof item.text === 'string' && item.text.trim()) articles.push(item); });
    return articles;
  }

  var frame = document.getElementById('report'), download = document.getElementById('download');
  function fit(){
    try { frame.style.height = (frame.contentDocument.documentElement.scrollHeight + 8) + 'px'; } catch (e) {}
  }
  frame.addEventListener('load', function(){
    fit();
    if (window.ResizeObserver && frame.contentDocument) new ResizeObserver(fit).observe(frame.contentDocument.body);
  });

  document.getElementById('brief-form').addEventListener('submit', function(ev){
    ev.preventDefault();
    var status = document.getElementById('status'), error = document.getElementById('error');
    var button = document.getElementById('submit');
    error.textContent = '';
    var articles = collect();
    if (!articles.length) { error.textContent = 'Give at least one article: paste its text, or upload a file.'; return; }
    var words = parseInt(document.getElementById('words').value, 10) || 150;
    button.disabled = true;
    status.textContent = 'Briefing ' + articles.length + ' article' + (articles.length === 1 ? '' : 's') + '...';
    fetch('/v1/brief?format=html', {method: 'POST', headers: {'Content-Type': 'application/json'},
                                    body: JSON.stringify({articles: articles, words: words})})
      .then(function(res){
        if (res.ok) return res.text();
        return res.json().catch(function(){ return {error: 'error ' + res.status}; }).then(function(body){
          var detail = body.detail;
          if (Array.isArray(detail)) detail = detail.map(function(d){ return d.at + ': ' + d.problem; }).join('; ');
          throw new Error(body.error + (detail ? ': ' + detail : ''));
        });
      })
      .then(function(html){
        frame.srcdoc = html;
        if (download.href.indexOf('blob:') === 0) URL.revokeObjectURL(download.href);
        download.href = URL.createObjectURL(new Blob([html], {type: 'text/html'}));
        document.getElementById('result').hidden = false;
        status.textContent = 'Done: the brief of ' + articles.length + ' articles is below.';
        document.getElementById('result-h').scrollIntoView();
      })
      .catch(function(e){ status.textContent = ''; error.textContent = 'Could not brief: ' + e.message; })
      .then(function(){ button.disabled = false; });
  });
})();
</script>
</body>
</html>
"""
