namespace Marsad.Export;

/// <summary>The report's style sheet and its filter script: inlined in the file, served as files by the server.</summary>
internal static partial class HtmlReport
{
    /// <summary>The style sheet's file name when served.</summary>
    public const string StyleFile = "marsad-report.css";

    /// <summary>The script's file name when served.</summary>
    public const string ScriptFile = "marsad-report.js";

    /// <summary>The policy of the self-contained file: nothing runs but its own style sheet and script, named by their hashes.</summary>
    public static string InlinePolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Hash(Css)}'; script-src 'sha256-{Hash(Script)}'; img-src data:; base-uri 'none'; form-action 'none'";

    /// <summary>The style sheet.</summary>
    public const string Css = """
        :root{--ink:#1f2933;--muted:#61707d;--line:#d9e0e6;--bg:#f6f8fa;--card:#fff;--accent:#0b6e6e;--range:#c9822b}
        *{box-sizing:border-box}
        body{margin:0;font-family:"Noto Naskh Arabic","Noto Sans Arabic","Segoe UI",Tahoma,Arial,sans-serif;color:var(--ink);background:var(--bg);line-height:1.6}
        body>*{max-width:1180px;margin-inline:auto;padding-inline:20px}
        .en{font-family:"Segoe UI",Arial,sans-serif;color:var(--muted);font-size:.82em;font-weight:normal}
        header.top{padding-block:18px 8px}
        h1{font-size:1.6em;margin:0 0 12px}
        h2{font-size:1.2em;border-bottom:2px solid var(--line);padding-bottom:4px;margin-top:28px}
        h3{font-size:1em;margin:14px 0 6px}
        .stats{display:flex;flex-wrap:wrap;gap:10px}
        .stat{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 14px;min-width:110px}
        .stat b{display:block;font-size:1.35em;color:var(--accent)}
        #filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:10px 14px;margin-top:14px;position:sticky;top:0;z-index:2}
        #filters input,#filters select{font:inherit;padding:3px 8px;border:1px solid var(--line);border-radius:6px;margin-inline-start:6px}
        .count{color:var(--muted);margin-inline-start:auto}
        svg.chart{width:100%;height:auto;background:var(--card);border:1px solid var(--line);border-radius:8px;font-family:"Segoe UI",Arial,sans-serif}
        svg .grid{stroke:#eef1f4} svg .row{stroke:var(--line)} svg .tick{font-size:11px;fill:var(--muted)} svg .label{font-size:12px;fill:var(--ink)}
        svg .mark{fill:var(--accent);stroke:#fff;stroke-width:1} svg .mark.range{fill:var(--range);fill-opacity:.55;stroke:var(--range)}
        .legend{color:var(--muted);font-size:.9em}
        .legend .dot{display:inline-block;width:10px;height:10px;border-radius:50%;background:var(--accent)}
        .legend .bar{display:inline-block;width:28px;height:10px;border-radius:5px;background:var(--range);opacity:.6;margin-inline-start:12px}
        ol.timeline{list-style:none;padding:0;margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px}
        ol.timeline li a{display:grid;grid-template-columns:210px 150px 1fr 170px 60px auto;gap:10px;padding:6px 12px;border-bottom:1px solid var(--line);color:inherit;text-decoration:none}
        ol.timeline li:last-child a{border-bottom:0}
        ol.timeline li a:hover{background:#eef6f6}
        .when{font-family:"Segoe UI",Arial,sans-serif;font-variant-numeric:tabular-nums;text-align:right;unicode-bidi:isolate}
        .nsrc{color:var(--muted)}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin:14px 0}
        .card>header{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:baseline;border-bottom:1px solid var(--line);padding-bottom:8px}
        .card>header .when{font-weight:bold;font-size:1.1em}
        .card>header .type{font-weight:bold;color:var(--accent)}
        .card>header .cameo,.card .id,.cc,.meta code{font-family:"Segoe UI",Arial,monospace;font-size:.8em;color:var(--muted)}
        .card .id{margin-inline-start:auto}
        .status{background:#fff3cd;border:1px solid #e8cf7a;border-radius:4px;padding:0 6px;font-size:.85em}
        .status.s-denied{background:#fde2e1;border-color:#eaa29f}
        dl.facts{display:grid;grid-template-columns:150px 1fr;gap:4px 12px;margin:10px 0}
        dl.facts dt{color:var(--muted)} dl.facts dd{margin:0}
        ul.people{list-style:none;padding:0;margin:0} .side{color:var(--muted);font-size:.85em}
        blockquote{margin:8px 0;padding:6px 14px;border-inline-start:4px solid var(--accent);background:#f3f8f8;border-radius:4px}
        blockquote p{margin:0} blockquote cite{color:var(--muted);font-style:normal;font-size:.9em}
        .sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:10px}
        .source{border:1px solid var(--line);border-radius:8px;padding:8px 12px;background:#fbfcfd}
        .source h4{margin:0;color:var(--accent)}
        .source .meta{margin:2px 0;color:var(--muted);font-size:.88em}
        .source .headline{margin:4px 0;font-weight:bold;font-size:.95em}
        .source .said{margin:4px 0;font-size:.9em;color:#3d4b57;background:#f0f3f6;border-radius:4px;padding:2px 6px}
        .evidence{margin:6px 0;font-size:.95em}
        mark{background:#ffe58f;padding:0 2px;border-radius:2px}
        .empty{color:var(--muted)}
        footer{color:var(--muted);font-size:.85em;padding-block:20px}
        [hidden]{display:none!important}
        """;

    /// <summary>The filter script; it asks the API named by the body's data-api attribute, when there is one.</summary>
    public const string Script = """
        (function(){
          var country=document.getElementById('f-country'), type=document.getElementById('f-type'), count=document.getElementById('f-count');
          var items=document.querySelectorAll('[data-id]'), pairs=document.querySelectorAll('g.pair');
          function show(keep){
            var n=0;
            items.forEach(function(el){var ok=keep(el); el.hidden=!ok; if(ok&&el.tagName==='ARTICLE')n++;});
            var c=country.value.trim().toUpperCase();
            pairs.forEach(function(g){g.style.opacity=(!c||(' '+g.dataset.countries+' ').indexOf(' '+c+' ')>=0)?'1':'.25';});
            count.textContent=n+' / '+document.querySelectorAll('article[data-id]').length;
          }
          function local(){
            var c=country.value.trim().toUpperCase(), t=type.value;
            show(function(el){return (!c||(' '+el.dataset.countries+' ').indexOf(' '+c+' ')>=0)&&(!t||el.dataset.type===t);});
          }
          var api=document.body.getAttribute('data-api');
          function remote(){
            var q=new URLSearchParams(); if(country.value.trim())q.set('country',country.value.trim()); if(type.value)q.set('type',type.value);
            fetch(api+'/api/events?'+q.toString(),{credentials:'same-origin'}).then(function(r){return r.json();}).then(function(d){
              var ids=new Set(d.events.map(function(e){return e.id;}));
              show(function(el){return ids.has(el.dataset.id);});
            }).catch(local);
          }
          var run=(api!==null)?remote:local;
          country.addEventListener('input',run); type.addEventListener('change',run);
          var initial=new URLSearchParams(location.search);
          if(initial.get('country'))country.value=initial.get('country');
          if(initial.get('type'))type.value=initial.get('type');
          if(country.value||type.value)run(); else local();
        })();
        """;

    private static string Hash(string text) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
}
